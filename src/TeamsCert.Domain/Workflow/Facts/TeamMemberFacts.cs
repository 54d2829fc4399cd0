using System.Text.Json.Serialization;

using TeamsCert.Domain.AuditTeams;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>A person on the audit team, their acceptance and, when removed, why (declined, conflict of interest).</summary>
public sealed class TeamMemberFacts
{
    public required string PersonId { get; init; }

    public required TeamRole Role { get; init; }

    public string? SupervisorId { get; init; }

    [JsonInclude]
    public TeamMemberStatus Status { get; internal set; }

    [JsonInclude]
    public DateOnly? AnsweredOn { get; internal set; }

    [JsonInclude]
    public string? Remark { get; internal set; }

    /// <summary>The conflict of interest the member declared on acceptance (LS-R03), which removed them.</summary>
    [JsonInclude]
    public string? Conflict { get; internal set; }
}
