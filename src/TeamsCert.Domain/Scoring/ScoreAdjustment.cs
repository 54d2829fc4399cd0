using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

// 附件一 2.3(3)–(5) with the A-28 order: normalisation, −1 per special deduction, +1 bonus, then cap and floor.
internal sealed class ScoreAdjustment(GbT27922ScoringRules rules, GbT27922Policies policies, GbT27922Input input, List<ScoringStep> steps)
{
    public decimal Apply(decimal actual, decimal applicable)
    {
        var value = policies.AdjustmentOrder == AdjustmentOrder.NormaliseThenAdjust
            ? Adjust(Normalise(actual, applicable, "实际得分", "actual"), "评分", "score")
            : Normalise(Adjust(actual, "实际得分", "actual points"), applicable, "调整后的实际得分", "adjusted actual");
        return Bound(value);
    }

    private decimal Normalise(decimal points, decimal applicable, string zh, string en)
    {
        var value = points * GbT27922ScoringRules.FullScore / applicable;
        Add(
            ScoringStepCodes.Normalise,
            "004 附件一 2.3(5)",
            $"评分 = {zh} / 涉及项总分值 × 100 = {P(points)} / {F(applicable)} × 100 = {P(value)}",
            $"Score = {en} / applicable total × 100 = {P(points)} / {F(applicable)} × 100 = {P(value)}",
            value);
        return value;
    }

    private decimal Adjust(decimal value, string zh, string en)
    {
        var order = policies.AdjustmentOrder == AdjustmentOrder.NormaliseThenAdjust ? "先归一化后扣加分" : "先扣加分后归一化";
        var orderEn = policies.AdjustmentOrder == AdjustmentOrder.NormaliseThenAdjust ? "normalise first" : "adjust before normalising";
        if (input.SpecialDeductions > 0)
        {
            var after = value - input.SpecialDeductions;
            Add(
                ScoringStepCodes.SpecialDeductions,
                "004 附件一 2.3(3) · A-28",
                $"特别扣分项 {input.SpecialDeductions} 个，在评分值以外各扣 1 分（{order}）：{zh} {P(value)} − {input.SpecialDeductions} = {P(after)}",
                $"{input.SpecialDeductions} special deduction(s), 1 point each outside the sheet ({orderEn}): {en} {P(value)} − {input.SpecialDeductions} = {P(after)}",
                after);
            value = after;
        }

        if (input.Bonus > 0)
        {
            var after = value + input.Bonus;
            Add(
                ScoringStepCodes.Bonus,
                "004 附件一 2.3(4) · A-28",
                $"售后服务特别优势加分 {input.Bonus} 分（至多 {rules.BonusMaximum} 个）：{zh} {P(value)} + {input.Bonus} = {P(after)}",
                $"Bonus for a particular strength +{input.Bonus} (at most {rules.BonusMaximum}): {en} {P(value)} + {input.Bonus} = {P(after)}",
                after);
            value = after;
        }

        return value;
    }

    private decimal Bound(decimal value)
    {
        if (value > rules.Cap)
        {
            Add(ScoringStepCodes.Bounds, "A-28", $"封顶 {F(rules.Cap)} 分：{P(value)} → {F(rules.Cap)}", $"Capped at {F(rules.Cap)}: {P(value)} → {F(rules.Cap)}", rules.Cap);
            return rules.Cap;
        }

        if (value < 0)
        {
            Add(ScoringStepCodes.Bounds, "A-28", $"不低于 0 分：{P(value)} → 0", $"Floored at 0: {P(value)} → 0", 0m);
            return 0m;
        }

        return value;
    }

    private void Add(string code, string source, string zh, string en, decimal? value) =>
        steps.Add(new ScoringStep(code, source, new LocalizedText(zh, en), value));

    private static string F(decimal value) => DecimalText.Format(value);

    private static string P(decimal value) => DecimalText.Precise(value);
}
