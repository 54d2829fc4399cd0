using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

// Points lost by one indicator for its failed items (004 附件一 4, A-26, A-27), with the sentence that explains it.
internal static class IndicatorDeduction
{
    public static (decimal Deducted, ScoringStep? Step) Apply(ScoringIndicator indicator, IReadOnlyList<int> failed, PerItemShortfall shortfallPolicy)
    {
        if (failed.Count == 0)
        {
            return (0m, null);
        }

        var itemsZh = string.Join("、", failed.Select(DecimalText.Format));
        var itemsEn = string.Join(", ", failed.Select(DecimalText.Format));
        var points = F(indicator.Points);
        decimal deducted;
        string source = "004 附件一 4";
        string ruleZh;
        string ruleEn;
        if (indicator.Rule == DeductionRule.AnyFailZero)
        {
            // A-27 default: the indicator's own "任何 1 项" rule beats proportional deduction.
            deducted = indicator.Points;
            source += " · A-27";
            ruleZh = "任何 1 项不符合得 0 分";
            ruleEn = "any failed item scores 0";
        }
        else
        {
            var perItem = indicator.PerItem!.Value;
            var plain = failed.Count * perItem;
            deducted = Math.Min(indicator.Points, plain);
            ruleZh = indicator.Rule == DeductionRule.PerItemFloorZero ? $"每项 {F(perItem)} 分，扣完为止" : $"每项 {F(perItem)} 分";
            ruleEn = indicator.Rule == DeductionRule.PerItemFloorZero ? $"{F(perItem)} per item, down to 0" : $"{F(perItem)} per item";
            var shortfall = indicator.Points - (indicator.Items * perItem);
            if (indicator.Rule == DeductionRule.PerItem && shortfall > 0)
            {
                source += " · A-26";
                (deducted, var noteZh, var noteEn) = Shortfall(indicator, failed, plain, shortfall, shortfallPolicy);
                ruleZh += noteZh;
                ruleEn += noteEn;
            }
        }

        var awarded = indicator.Points - deducted;
        var step = new ScoringStep(
            ScoringStepCodes.Indicator,
            source,
            new LocalizedText(
                $"{indicator.Name}：第 {itemsZh} 项不符合（{ruleZh}）→ 扣 {F(deducted)} 分，得 {F(awarded)}/{points}",
                $"{indicator.Name}: item(s) {itemsEn} failed ({ruleEn}) → −{F(deducted)}, {F(awarded)}/{points}"),
            awarded);
        return (deducted, step);
    }

    private static (decimal Deducted, string NoteZh, string NoteEn) Shortfall(
        ScoringIndicator indicator, IReadOnlyList<int> failed, decimal plain, decimal shortfall, PerItemShortfall policy)
    {
        var full = F(indicator.Items * indicator.PerItem!.Value);
        var allFailed = failed.Count == indicator.Items;
        return policy switch
        {
            PerItemShortfall.AllFailZero when allFailed => (
                indicator.Points,
                $"；各项合计 {full} 分少于 {F(indicator.Points)} 分，全部不符合按 0 分计",
                $"; items total {full} < {F(indicator.Points)}, all failed scores 0"),
            PerItemShortfall.LastItemTakesRemainder when failed.Contains(indicator.Items) => (
                plain + shortfall,
                $"；第 {DecimalText.Format(indicator.Items)} 项计 {F(indicator.PerItem.Value + shortfall)} 分",
                $"; item {DecimalText.Format(indicator.Items)} counts {F(indicator.PerItem.Value + shortfall)}"),
            PerItemShortfall.LiteralPerItem when allFailed => (
                plain,
                $"；按字面每项扣分，全部不符合仍余 {F(shortfall)} 分",
                $"; literal per-item reading leaves {F(shortfall)} when all fail"),
            _ => (plain, string.Empty, string.Empty),
        };
    }

    private static string F(decimal value) => DecimalText.Format(value);
}
