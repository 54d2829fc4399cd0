using TeamsCert.Domain.AuditTeams;

namespace TeamsCert.Domain.Workflow.AuditTeams;

/// <summary>The scheme role code of a team role (the <c>roles</c> codes of the scheme files).</summary>
internal static class TeamRoles
{
    public const string TeamLeader = "teamLeader";

    public static string Code(TeamRole role) => role switch
    {
        TeamRole.TeamLeader => TeamLeader,
        TeamRole.Auditor => "auditor",
        _ => "technicalExpert",
    };
}
