using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

// Builds the conditions of one level. Percentages are compared on the counts (count × 100 ≥ minimum × items)
// so that a share such as 2/3 is never rounded into a pass.
internal static class StarLevelConditions
{
    public static List<StarLevelCondition> For(StarLevel level, IReadOnlyDictionary<string, PartTally> parts, decimal totalScore)
    {
        var conditions = new List<StarLevelCondition>();
        if (level.CoreAggregation == CoreAggregation.Aggregate)
        {
            var label = level.CoreParts.Count == 1 ? level.CoreParts[0] : $"{level.CoreParts[0]}–{level.CoreParts[^1]}";
            var sum = new PartTally(
                level.CoreParts.Sum(p => parts[p].Items),
                level.CoreParts.Sum(p => parts[p].MethodCompliant),
                level.CoreParts.Sum(p => parts[p].Executed));
            AddPercentages(conditions, label, "中", "across", sum, level.MethodMinimum, level.ExecutedMinimum);
        }
        else
        {
            foreach (var part in level.CoreParts)
            {
                AddPercentages(conditions, part, "部分", "in part", parts[part], level.MethodMinimum, level.ExecutedMinimum);
            }
        }

        if (level.Part5 is { } part5)
        {
            if (parts.TryGetValue(StarLevel.Part5Key, out var tally))
            {
                AddPercentages(conditions, StarLevel.Part5Key, "部分", "in part", tally, part5.MethodMinimum, part5.ExecutedMinimum);
            }
            else
            {
                conditions.Add(Missing5("methodCompliant", "方法合规", "method-compliant", part5.MethodMinimum));
                conditions.Add(Missing5("executed", "执行到位", "executed", part5.ExecutedMinimum));
            }
        }

        var totalMet = totalScore >= level.TotalMinimum;
        conditions.Add(new StarLevelCondition(
            "totalScore",
            new LocalizedText(
                $"总分 {F(totalScore)} {(totalMet ? "≥" : "<")} {F(level.TotalMinimum)}",
                $"Total score {F(totalScore)} {(totalMet ? "≥" : "<")} {F(level.TotalMinimum)}"),
            totalScore,
            level.TotalMinimum,
            totalMet));
        return conditions;
    }

    private static void AddPercentages(
        List<StarLevelCondition> conditions, string label, string zhSuffix, string enPrefix, PartTally tally, decimal methodMinimum, decimal executedMinimum)
    {
        conditions.Add(Percentage($"{label}.methodCompliant", $"{label} {zhSuffix}方法合规条目", $"Method-compliant items {enPrefix} {label}", tally.MethodCompliant, tally.Items, methodMinimum));
        conditions.Add(Percentage($"{label}.executed", $"{label} {zhSuffix}执行到位条目", $"Executed items {enPrefix} {label}", tally.Executed, tally.Items, executedMinimum));
    }

    private static StarLevelCondition Percentage(string code, string zh, string en, int count, int items, decimal minimum)
    {
        var actual = (decimal)count * 100 / items;
        var met = count * 100m >= minimum * items;
        var op = met ? "≥" : "<";
        var shown = Math.Round(actual, 2, MidpointRounding.AwayFromZero);
        return new StarLevelCondition(
            code,
            new LocalizedText(
                $"{zh} {count}/{items} = {DecimalText.Percent(shown)} {op} {DecimalText.Percent(minimum)}",
                $"{en}: {count}/{items} = {DecimalText.Percent(shown)} {op} {DecimalText.Percent(minimum)}"),
            actual,
            minimum,
            met);
    }

    private static StarLevelCondition Missing5(string key, string zh, string en, decimal minimum) => new(
        $"{StarLevel.Part5Key}.{key}",
        new LocalizedText(
            $"5.0 部分未提供评价数据，{zh}比例要求 ≥ {DecimalText.Percent(minimum)}：不满足",
            $"Part 5.0 was not evaluated; {en} share ≥ {DecimalText.Percent(minimum)} required: not met"),
        null,
        minimum,
        false);

    private static string F(decimal value) => DecimalText.Format(value);
}
