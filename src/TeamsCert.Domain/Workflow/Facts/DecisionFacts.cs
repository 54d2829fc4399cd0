namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>The certification decision: outcome code, who and when, reasons; notification date (LS-D02/CC9-D02).</summary>
public sealed class DecisionFacts
{
    public required string Outcome { get; init; }

    public required string DecidedBy { get; init; }

    public required DateOnly DecidedOn { get; init; }

    public string? Reasons { get; init; }

    public DateOnly? NotifiedOn { get; set; }
}
