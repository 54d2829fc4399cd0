using TeamsCert.Domain.Workflow.AuditTeams;

namespace TeamsCert.Domain.Workflow.Programmes;

/// <summary>Where the programme hands over to the team assignment (directly, or after the AS contract).</summary>
internal static class TeamAssignmentStart
{
    public static void Open(StepContext context)
    {
        context.MoveTo(CaseStage.TeamAssignment);
        context.Open(TeamAssignmentHandler.StepKind, StaffRoles.ProgrammeManager);
    }
}
