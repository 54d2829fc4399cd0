using System.Globalization;
using TeamsCert.Domain.Links;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Outbox;

namespace TeamsCert.Infrastructure.Links.Runtime;

/// <summary>
/// The staff notice "the applicant must act; create and send a link" (kind <c>applicant-link-needed</c>). It goes to the
/// role that deals with the applicant at that point: application reviewers for the application form, programme
/// managers for everything after it (both may manage links, LINK-ROLE).
/// </summary>
public static class LinkNotices
{
    public const string Kind = "applicant-link-needed";

    public static string RecipientFor(string purpose) =>
        purpose == SharedLinkPurposes.ApplicationForm ? StaffRoles.ApplicationReviewer : StaffRoles.ProgrammeManager;

    /// <summary>One notice per role, keyed after the applicant message so a redelivery is dropped like the message.</summary>
    public static IEnumerable<OutboundDelivery> For(OutboundDelivery applicantMessage, IReadOnlyList<LinkNeed> needs)
    {
        ArgumentNullException.ThrowIfNull(applicantMessage);
        ArgumentNullException.ThrowIfNull(needs);
        foreach (var group in needs.GroupBy(n => RecipientFor(n.Purpose), StringComparer.Ordinal))
        {
            var data = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["caseId"] = applicantMessage.CaseId.ToString("D", CultureInfo.InvariantCulture),
                ["purposes"] = string.Join(",", group.Select(n => n.Purpose)),
                ["stepKinds"] = string.Join(",", group.Select(n => n.StepKind)),
                ["cause"] = applicantMessage.Kind,
            };
            yield return new OutboundDelivery(applicantMessage.Id, $"{applicantMessage.IdempotencyKey}:{Kind}:{group.Key}", applicantMessage.CaseId,
                Kind, group.Key, data, applicantMessage.Attempt);
        }
    }
}
