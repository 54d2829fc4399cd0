using TeamsCert.Domain.Workflow;

namespace TeamsCert.Infrastructure.Links;

/// <summary>Who the journal names for a link's uses: the applicant behind that link, <c>applicant:{linkId}</c>.</summary>
public static class LinkActors
{
    public static Actor Applicant(Guid linkId) =>
        new($"applicant:{linkId:D}", "申请人 / applicant", new HashSet<string>([StaffRoles.Applicant], StringComparer.Ordinal));
}
