using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

// Input errors name the JSON field of the CLI/API input (e.g. weighted.服务质量评价) so the operator can fix it.
internal static class ScoreInputChecks
{
    public static void RequireKnownNames(IEnumerable<string> given, IEnumerable<string> known, string field)
    {
        var knownSet = new HashSet<string>(known, StringComparer.Ordinal);
        foreach (var name in given)
        {
            if (!knownSet.Contains(name))
            {
                throw new InvalidInputException(
                    $"{field}.{name}",
                    Bilingual.Message($"未知的指标“{name}”", $"Unknown indicator '{name}'"));
            }
        }
    }

    public static void RequireScoresInRange(IReadOnlyDictionary<string, decimal> scores, string field)
    {
        foreach (var (name, score) in scores)
        {
            if (score < 0 || score > 100)
            {
                throw new InvalidInputException(
                    $"{field}.{name}",
                    Bilingual.Message($"“{name}”的得分 {DecimalText.Format(score)} 不在 0–100 之间", $"Score {DecimalText.Format(score)} of '{name}' is not within 0–100"));
            }
        }
    }

    public static void EnsureValid(ScoringRules rules, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(rules, parameterName);
        var validation = new RuleDataValidation();
        rules.Validate(validation, "$.scoring");
        if (!validation.IsValid)
        {
            throw new ArgumentException("Invalid scoring rules: " + string.Join("; ", validation.Errors), parameterName);
        }
    }
}
