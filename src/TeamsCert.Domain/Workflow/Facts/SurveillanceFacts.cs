using System.Text.Json.Serialization;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>A surveillance audit in the schedule: its number in the cycle, due date and rule, and when it was done.</summary>
public sealed class SurveillanceFacts
{
    public required int Number { get; init; }

    /// <summary>When it is due: the scheme rule's latest date, or earlier after an A-36 frequency increase.</summary>
    [JsonInclude]
    public DateOnly DueOn { get; internal set; }

    /// <summary>The scheme's surveillance rule (TEL-D05, AS-D03, A-08, LS-D03 …): its limit stays the hard limit.</summary>
    public required string RuleId { get; init; }

    /// <summary>The date <see cref="RuleId"/> counts from (null for schedules recorded before it was kept).</summary>
    public DateOnly? Anchor { get; init; }

    [JsonInclude]
    public DateOnly? DoneOn { get; internal set; }

    [JsonInclude]
    public string? Justification { get; internal set; }

    /// <summary>The day the runtime found it not done past the scheme's limit and put a suspension to the manager (raised once).</summary>
    [JsonInclude]
    public DateOnly? MissedOn { get; internal set; }

    /// <summary>AS: the GB/T 27922 surveillance score (004 §5.7.3, A-35); null for schemes that score no surveillance.</summary>
    [JsonInclude]
    public ScoreFacts? Score { get; internal set; }

    /// <summary>The surveillance's own audit team (TEL-R02/R03/R06 …), when assigned through surveillance-team-assignment.</summary>
    [JsonIgnore]
    public IReadOnlyList<TeamMemberFacts> Team => TeamList;

    [JsonInclude]
    [JsonPropertyName("team")]
    internal List<TeamMemberFacts> TeamList { get; init; } = [];

    /// <summary>The surveillance's audit plan (TEL-D02) and its acknowledgement, when sent through surveillance-audit-plan.</summary>
    [JsonInclude]
    public PlanFacts? Plan { get; internal set; }

    /// <summary>The surveillance decision: maintain, suspend, revoke or cancel (§2.7).</summary>
    [JsonInclude]
    public string? Outcome { get; internal set; }
}
