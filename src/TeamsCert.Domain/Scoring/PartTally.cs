namespace TeamsCert.Domain.Scoring;

/// <summary>Counts for one TEL part: items (条目, ≥ 1), of which method-compliant and executed (each ≤ items).</summary>
public sealed record PartTally(int Items, int MethodCompliant, int Executed);
