namespace TeamsCert.Domain.Scoring;

/// <summary>
/// "任何 1 项不符合得 0 分" (e.g. 人员配置) against proportional deduction for sampled indicators (附件一 2.3(2)).
/// Default <see cref="BlockRuleWins"/>.
/// </summary>
public enum SampledIndicatorDeduction
{
    /// <summary>The indicator's own rule applies: any failed item loses the whole indicator.</summary>
    BlockRuleWins = 0,

    /// <summary>Proportional to the non-conforming sample share. Not implemented: validation and the calculator refuse it.</summary>
    Proportional = 1,
}
