namespace TeamsCert.Domain.Scoring;

/// <summary>
/// the composite (max 118) has no pass mark and no grades in 000/003. Default
/// <see cref="MinimaAndNoMajorNonconformity"/>.
/// </summary>
public enum CompositePassRule
{
    /// <summary>Passed = every §9 minimum assessed and met, and no major nonconformity.</summary>
    MinimaAndNoMajorNonconformity = 0,

    /// <summary>Report the composite only; <see cref="CompositeResult.Passed"/> stays null.</summary>
    NoPassDecision = 1,
}
