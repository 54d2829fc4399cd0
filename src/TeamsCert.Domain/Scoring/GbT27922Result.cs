using TeamsCert.Domain.AuditTime;

namespace TeamsCert.Domain.Scoring;

/// <summary>
/// AS (GB/T 27922) result. <see cref="Score"/> is rounded to 2 decimals (midpoint away from zero) and the pass and
/// band decisions use that rounded value.
/// </summary>
public sealed record GbT27922Result
{
    public required decimal Score { get; init; }

    public required bool Passed { get; init; }

    public string? Grade { get; init; }

    public string? GradeEn { get; init; }

    public required decimal ActualPoints { get; init; }

    public required decimal ApplicablePoints { get; init; }

    public required int SpecialDeductions { get; init; }

    public required int Bonus { get; init; }

    public required AuditKind Kind { get; init; }

    public required IReadOnlyList<IndicatorScoreLine> Indicators { get; init; }

    /// <summary>Why the evaluation failed, citing 004 附件一 3.2; empty when passed.</summary>
    public required IReadOnlyList<LocalizedText> FailureReasons { get; init; }

    public required IReadOnlyList<ScoringStep> Explanation { get; init; }
}
