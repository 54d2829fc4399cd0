using TeamsCert.Domain.Workflow;

namespace TeamsCert.Infrastructure.Links;

/// <summary>Who the journal names for a link's uses: the applicant behind that link, <c>applicant:{linkId}</c>.</summary>
public static class LinkActors
{
    public static Actor Applicant(Guid linkId) =>
        new($"applicant:{linkId:D}", "申请人 / applicant", new HashSet<string>([StaffRoles.Applicant], StringComparer.Ordinal));

    /// <summary>Programme managers, application reviewers and managers create and revoke links.</summary>
    public static void EnsureStaffMayManage(Actor actor)
    {
        if (!actor.Has(StaffRoles.ProgrammeManager) && !actor.Has(StaffRoles.ApplicationReviewer))
        {
            throw new ActorNotAllowedException("LINK-ROLE",
                "LINK-ROLE：只有方案管理人员、申请评审员或经理可以管理申请人链接 / LINK-ROLE: only programme managers, application reviewers and managers manage applicant links");
        }
    }
}
