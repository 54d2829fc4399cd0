namespace TeamsCert.Domain.Scoring;

/// <summary>
/// whether "特别扣分项达 5 个（含）以上为不合格" (附件一 3.2) also decides surveillance, where 004 §5.7.3 names only
/// the 70 % score. Default <see cref="FailRuleApplies"/>.
/// </summary>
public enum SurveillanceSpecialDeductions
{
    /// <summary>Same result rule as the initial evaluation.</summary>
    FailRuleApplies = 0,

    /// <summary>At surveillance only the score decides.</summary>
    ScoreOnly = 1,
}
