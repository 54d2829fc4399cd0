namespace TeamsCert.Domain.Scoring;

/// <summary>AS after-sales scoring on the GB/T 27922 sheet of 004 附件一, with the policy switches.</summary>
public sealed class GbT27922Calculator
{
    private readonly GbT27922ScoringRules _rules;
    private readonly GbT27922Policies _policies;

    /// <exception cref="ArgumentException">The rules do not pass validation.</exception>
    /// <exception cref="NotSupportedException">A-27 proportional deduction was selected; it is not implemented.</exception>
    public GbT27922Calculator(GbT27922ScoringRules rules, GbT27922Policies? policies = null)
    {
        ScoreInputChecks.EnsureValid(rules, nameof(rules));
        _rules = rules;
        _policies = policies ?? GbT27922Policies.Default;
        if (_policies.SampledIndicators != SampledIndicatorDeduction.BlockRuleWins)
        {
            throw new NotSupportedException(GbT27922Policies.ProportionalNotImplemented);
        }
    }

    /// <exception cref="InvalidInputException">
    /// Unknown or duplicate names, item numbers outside 1..items, failed items of an excluded indicator
    /// (field <c>excluded</c> or <c>failedItems.&lt;name&gt;</c>), bonus outside 0..bonusMaximum, negative special deductions.
    /// </exception>
    /// <exception cref="RuleViolationException">Excluding an indicator 004 附件一 2.2 does not allow (field <c>excluded</c>).</exception>
    public GbT27922Result Calculate(GbT27922Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (excluded, failed) = GbT27922InputCheck.Check(_rules, input);
        return new GbT27922Calculation(_rules, _policies, input).Run(excluded, failed);
    }
}
