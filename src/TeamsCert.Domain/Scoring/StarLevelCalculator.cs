using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary>
/// TEL star levels (002 §6): evaluates every level from the highest rank down and awards the highest one whose
/// every condition holds. A-25 is carried by the data (<see cref="StarLevel.CoreAggregation"/>).
/// </summary>
public sealed class StarLevelCalculator
{
    private readonly StarLevelScoringRules _rules;
    private readonly HashSet<string> _coreParts;
    private readonly List<string> _corePartOrder;

    /// <exception cref="ArgumentException">The rules do not pass validation.</exception>
    public StarLevelCalculator(StarLevelScoringRules rules)
    {
        ScoreInputChecks.EnsureValid(rules, nameof(rules));
        _rules = rules;
        _corePartOrder = rules.Levels.SelectMany(l => l.CoreParts).Distinct(StringComparer.Ordinal).ToList();
        _coreParts = new HashSet<string>(_corePartOrder, StringComparer.Ordinal);
    }

    /// <exception cref="InvalidInputException">
    /// Unknown or missing core part, or inconsistent counts (field e.g. <c>parts.2.0.executed</c>, <c>totalScore</c>).
    /// </exception>
    public StarLevelResult Calculate(StarLevelInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parts = input.Parts ?? new Dictionary<string, PartTally>();
        CheckParts(parts);
        if (input.TotalScore < 0)
        {
            throw new InvalidInputException("totalScore", Bilingual.Message("总分不能为负数", "The total score cannot be negative"));
        }

        var evaluations = _rules.Levels
            .OrderByDescending(l => l.Rank)
            .Select(l =>
            {
                var conditions = StarLevelConditions.For(l, parts, input.TotalScore);
                return new StarLevelEvaluation(l.Name, l.Rank, conditions.TrueForAll(c => c.Met), conditions);
            })
            .ToList();
        var awarded = evaluations.FirstOrDefault(e => e.Met);
        var source = _rules.Source ?? "002 §6";
        var steps = evaluations.Select(e => LevelStep(e, source)).ToList();
        steps.Add(new ScoringStep(
            ScoringStepCodes.Grade,
            "A-25",
            awarded is null
                ? new LocalizedText("未达到任何星级（含达标级）", "No star level (not even 达标级) is met")
                : new LocalizedText($"评定级别：{awarded.Name.ZhCn}（满足条件的最高级别）", $"Level awarded: {awarded.Name.En} (the highest level met)"),
            awarded?.Rank));

        return new StarLevelResult
        {
            Grade = awarded?.Name.ZhCn,
            GradeEn = awarded?.Name.En,
            Rank = awarded?.Rank,
            Levels = evaluations,
            Explanation = steps,
        };
    }

    private static ScoringStep LevelStep(StarLevelEvaluation evaluation, string source)
    {
        var failed = evaluation.Conditions.Where(c => !c.Met).ToList();
        var text = failed.Count == 0
            ? new LocalizedText($"{evaluation.Name.ZhCn}：全部条件满足", $"{evaluation.Name.En}: every condition met")
            : new LocalizedText(
                $"{evaluation.Name.ZhCn}：未达到——{string.Join("；", failed.Select(c => c.Description.ZhCn))}",
                $"{evaluation.Name.En}: not met — {string.Join("; ", failed.Select(c => c.Description.En))}");
        return new ScoringStep(ScoringStepCodes.Level, source, text, evaluation.Rank);
    }

    private void CheckParts(IReadOnlyDictionary<string, PartTally> parts)
    {
        foreach (var (key, tally) in parts)
        {
            var field = $"parts.{key}";
            if (!_coreParts.Contains(key) && key != StarLevel.Part5Key)
            {
                throw new InvalidInputException(field, Bilingual.Message($"未知的部分“{key}”", $"Unknown part '{key}'"));
            }

            if (tally is null)
            {
                throw new InvalidInputException(field, Bilingual.Message($"部分 {key} 缺少条目数据", $"Part {key} has no counts"));
            }

            if (tally.Items < 1)
            {
                throw new InvalidInputException($"{field}.items", Bilingual.Message($"部分 {key} 的条目数必须至少为 1", $"Part {key} must have at least 1 item"));
            }

            RequireCount(tally.MethodCompliant, tally.Items, $"{field}.methodCompliant", key);
            RequireCount(tally.Executed, tally.Items, $"{field}.executed", key);
        }

        var missing = _corePartOrder.Find(p => !parts.ContainsKey(p));
        if (missing is not null)
        {
            throw new InvalidInputException($"parts.{missing}", Bilingual.Message($"缺少部分 {missing} 的评价数据", $"Part {missing} is missing"));
        }
    }

    private static void RequireCount(int count, int items, string field, string key)
    {
        if (count < 0 || count > items)
        {
            throw new InvalidInputException(
                field,
                Bilingual.Message($"部分 {key}：{count} 不在 0–{items}（条目数）之间", $"Part {key}: {count} is not within 0–{items} (the item count)"));
        }
    }
}
