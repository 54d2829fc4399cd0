namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>The recertification under way: its cycle number (1 = R1), application date and the significant-change flag.</summary>
public sealed class RecertificationFacts
{
    /// <summary>1 for the first recertification, 2 for the second, … (AS number suffix R1, R2, …, A-29).</summary>
    public required int Cycle { get; init; }

    public required DateOnly AppliedOn { get; init; }

    /// <summary>TEL: a significant change requires a stage-1 audit (002 §9.3); otherwise none (AS 004 §5.8.1.3).</summary>
    public bool SignificantChange { get; init; }
}
