using System.Text.Json.Serialization;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>A special audit of a certified case (AS 004 §5.7.4; TEL 002 §9.4, §11): why, its team, result and decision.</summary>
public sealed class SpecialAuditFacts
{
    public required int Number { get; init; }

    public required string Trigger { get; init; }

    public required string Description { get; init; }

    public required DateOnly RequestedOn { get; init; }

    /// <summary>Announced at short notice (002 §9.4.2; 004 §5.9.2): AS-R04 and TEL-R04 applied to the team.</summary>
    public bool ShortNotice { get; init; }

    public string? ExtraCareNote { get; init; }

    public required string LeaderId { get; init; }

    [JsonIgnore]
    public IReadOnlyList<string> MemberIds => MemberIdsList;

    [JsonInclude]
    [JsonPropertyName("memberIds")]
    internal List<string> MemberIdsList { get; init; } = [];

    [JsonInclude]
    public DateOnly? DoneOn { get; internal set; }

    /// <summary>AS: the GB/T 27922 score as a surveillance (004 §5.7.3); null where the scheme scores no surveillance.</summary>
    [JsonInclude]
    public ScoreFacts? Score { get; internal set; }

    /// <summary>maintain, suspend or revoke.</summary>
    [JsonInclude]
    public string? Outcome { get; internal set; }

    /// <summary>A-36: after a major complaint, whether surveillance frequency increases (increase or unchanged).</summary>
    [JsonInclude]
    public string? FrequencyDecision { get; internal set; }
}
