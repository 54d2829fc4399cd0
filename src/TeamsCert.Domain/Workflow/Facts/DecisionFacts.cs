using System.Text.Json.Serialization;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>The certification decision: outcome code, who and when, reasons; notification date (LS-D02/CC9-D02).</summary>
public sealed class DecisionFacts
{
    public required string Outcome { get; init; }

    public required string DecidedBy { get; init; }

    public required DateOnly DecidedOn { get; init; }

    public string? Reasons { get; init; }

    [JsonInclude]
    public DateOnly? NotifiedOn { get; internal set; }

    /// <summary>Recertification: complaints received in the cycle (004 §5.8.2.2).</summary>
    public int? Complaints { get; init; }

    /// <summary>Recertification: the cycle's surveillance results, e.g. "1:maintain(97.96); 2:maintain" (004 §5.8.2.2).</summary>
    public string? SurveillanceResults { get; init; }
}
