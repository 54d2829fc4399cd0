using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary>LS/CC9 weighted composite (000/003 §9, §10, App. C) with the policy switches.</summary>
public sealed class CompositeScoringCalculator
{
    private readonly CompositeScoringRules _rules;
    private readonly CompositeScoringPolicies _policies;

    /// <exception cref="ArgumentException">The rules do not pass validation.</exception>
    public CompositeScoringCalculator(CompositeScoringRules rules, CompositeScoringPolicies? policies = null)
    {
        ScoreInputChecks.EnsureValid(rules, nameof(rules));
        _rules = rules;
        _policies = policies ?? CompositeScoringPolicies.Default;
    }

    /// <exception cref="InvalidInputException">
    /// Unknown or out-of-range score, or a missing weighted indicator (field <c>weighted.&lt;name&gt;</c>, <c>lift.&lt;name&gt;</c>,
    /// <c>subIndicators.&lt;name&gt;</c>, <c>majorNonconformities</c>).
    /// </exception>
    public CompositeResult Calculate(CompositeScoringInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var weighted = input.Weighted ?? new Dictionary<string, decimal>();
        var lift = input.Lift ?? new Dictionary<string, decimal>();
        var subIndicators = input.SubIndicators ?? new Dictionary<string, decimal>();

        ScoreInputChecks.RequireKnownNames(weighted.Keys, _rules.Weighted.Select(w => w.Name), "weighted");
        ScoreInputChecks.RequireKnownNames(lift.Keys, _rules.Lift.Select(l => l.Name), "lift");
        ScoreInputChecks.RequireKnownNames(subIndicators.Keys, _rules.Minima.Select(m => m.Name), "subIndicators");
        ScoreInputChecks.RequireScoresInRange(weighted, "weighted");
        ScoreInputChecks.RequireScoresInRange(lift, "lift");
        ScoreInputChecks.RequireScoresInRange(subIndicators, "subIndicators");
        var missing = _rules.Weighted.FirstOrDefault(w => !weighted.ContainsKey(w.Name));
        if (missing is not null)
        {
            throw new InvalidInputException(
                $"weighted.{missing.Name}",
                Bilingual.Message($"缺少加权指标“{missing.Name}”的得分", $"The score of weighted indicator '{missing.Name}' is missing"));
        }

        if (input.MajorNonconformities < 0)
        {
            throw new InvalidInputException(
                "majorNonconformities",
                Bilingual.Message("严重不符合项数不能为负数", "The number of major nonconformities cannot be negative"));
        }

        return new CompositeCalculation(_rules, _policies).Run(weighted, lift, subIndicators, input.MajorNonconformities);
    }
}
