using TeamsCert.Domain.AuditTeams;

namespace TeamsCert.Domain.Workflow.AuditTeams;

/// <summary>
/// The staff directory's conflicts of interest with the case's organisation, declared against its 统一社会信用代码 or its
/// name, restated against the name the team check uses (LS-R03, AS-R04, TEL-R04), so a renamed organisation still matches.
/// </summary>
internal static class StaffConflicts
{
    public static IEnumerable<ConflictOfInterest> Of(StepContext context) =>
        context.Case.OrganizationKeys.SelectMany(context.Process.Staff.ConflictsWith)
            .Select(c => c with { OrganisationId = context.Case.Organization });
}
