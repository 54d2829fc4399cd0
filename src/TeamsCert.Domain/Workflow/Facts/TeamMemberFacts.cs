using TeamsCert.Domain.AuditTeams;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>A person on the audit team, their acceptance and, when removed, why (declined, conflict of interest).</summary>
public sealed class TeamMemberFacts
{
    public required string PersonId { get; init; }

    public required TeamRole Role { get; init; }

    public string? SupervisorId { get; init; }

    public TeamMemberStatus Status { get; set; }

    public DateOnly? AnsweredOn { get; set; }

    public string? Remark { get; set; }

    /// <summary>The conflict of interest the member declared on acceptance (LS-R03), which removed them.</summary>
    public string? Conflict { get; set; }
}
