namespace TeamsCert.Domain.Scoring;

/// <summary>Composite (LS/CC9) policy switches, mapped from the scheme's <c>policies</c> section; defaults per rules reference §3.</summary>
public sealed record CompositeScoringPolicies
{
    public static CompositeScoringPolicies Default { get; } = new();

    /// <summary>A-21.</summary>
    public CompositePassRule PassRule { get; init; } = CompositePassRule.MinimaAndNoMajorNonconformity;

    /// <summary>A-22.</summary>
    public MinimumComparison MinimumComparison { get; init; } = MinimumComparison.Inclusive;
}
