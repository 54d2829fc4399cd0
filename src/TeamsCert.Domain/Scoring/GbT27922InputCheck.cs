using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

// Turns the raw input into checked sets, refusing anything the sheet cannot score.
internal static class GbT27922InputCheck
{
    public static (HashSet<string> Excluded, Dictionary<string, IReadOnlyList<int>> Failed) Check(
        GbT27922ScoringRules rules, GbT27922Input input)
    {
        var byName = rules.Indicators.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in input.Excluded ?? [])
        {
            if (name is null || !byName.TryGetValue(name, out var indicator))
            {
                throw new InvalidInputException("excluded", Bilingual.Message($"未知的删减指标“{name}”", $"Unknown excluded indicator '{name}'"));
            }

            if (!indicator.Excludable)
            {
                throw new RuleViolationException(
                    "004 附件一 2.2",
                    Bilingual.Message(
                        $"“{name}”不可删减：删减仅限于 GB/T 27922-2011 5.2 中根据商品性质不涉及的商品服务项目（004 附件一 2.2）",
                        $"'{name}' cannot be excluded: exclusions are limited to 商品服务 items not applicable to the goods under GB/T 27922-2011 5.2 (004 附件一 2.2)"),
                    "excluded");
            }

            if (!excluded.Add(name))
            {
                throw new InvalidInputException("excluded", Bilingual.Message($"删减指标“{name}”重复", $"Indicator '{name}' is excluded twice"));
            }
        }

        var failed = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        foreach (var (name, items) in input.FailedItems ?? new Dictionary<string, IReadOnlyList<int>>())
        {
            var field = $"failedItems.{name}";
            if (!byName.TryGetValue(name, out var indicator))
            {
                throw new InvalidInputException(field, Bilingual.Message($"未知的指标“{name}”", $"Unknown indicator '{name}'"));
            }

            if (excluded.Contains(name))
            {
                throw new InvalidInputException(field, Bilingual.Message($"“{name}”已删减，不能再记录不符合项", $"'{name}' is excluded and cannot have failed items"));
            }

            failed[name] = CheckItems(indicator, items ?? [], field);
        }

        CheckCounts(rules, input);
        return (excluded, failed);
    }

    private static List<int> CheckItems(ScoringIndicator indicator, IReadOnlyList<int> items, string field)
    {
        var seen = new SortedSet<int>();
        foreach (var item in items)
        {
            if (item < 1 || item > indicator.Items)
            {
                throw new InvalidInputException(
                    field,
                    Bilingual.Message($"“{indicator.Name}”只有第 1–{indicator.Items} 项，没有第 {item} 项", $"'{indicator.Name}' has items 1–{indicator.Items}, not {item}"));
            }

            if (!seen.Add(item))
            {
                throw new InvalidInputException(field, Bilingual.Message($"“{indicator.Name}”第 {item} 项重复", $"Item {item} of '{indicator.Name}' is listed twice"));
            }
        }

        return [.. seen];
    }

    private static void CheckCounts(GbT27922ScoringRules rules, GbT27922Input input)
    {
        if (input.SpecialDeductions < 0)
        {
            throw new InvalidInputException("specialDeductions", Bilingual.Message("特别扣分项数不能为负数", "Special deductions cannot be negative"));
        }

        if (input.Bonus < 0 || input.Bonus > rules.BonusMaximum)
        {
            throw new InvalidInputException(
                "bonus",
                Bilingual.Message($"加分项必须在 0–{rules.BonusMaximum} 之间（004 附件一 2.3(4)）", $"The bonus must be within 0–{rules.BonusMaximum} (004 附件一 2.3(4))"));
        }

        if (!Enum.IsDefined(input.Kind))
        {
            throw new InvalidInputException("kind", Bilingual.Message("未知的评价类型", "Unknown evaluation kind"));
        }
    }
}
