namespace TeamsCert.Domain.Scoring;

/// <summary>One indicator on the AS score sheet: its points, failed items, deduction and award, or excluded (删减).</summary>
public sealed record IndicatorScoreLine(
    string Block,
    string Name,
    decimal Points,
    IReadOnlyList<int> FailedItems,
    decimal Deducted,
    decimal Awarded,
    bool Excluded);
