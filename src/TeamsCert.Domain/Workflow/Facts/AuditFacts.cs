using System.Text.Json.Serialization;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>One audit done: stage 1, stage 2 or a surveillance, with its dates and team leader.</summary>
public sealed class AuditFacts
{
    public required string Kind { get; init; }

    public required DateOnly Start { get; init; }

    public required DateOnly End { get; init; }

    public required string LeaderId { get; init; }

    [JsonIgnore]
    public IReadOnlyList<string> MemberIds => MemberIdsList;

    [JsonInclude]
    [JsonPropertyName("memberIds")]
    internal List<string> MemberIdsList { get; init; } = [];
}
