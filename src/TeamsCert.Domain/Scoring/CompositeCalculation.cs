using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

// Works out the composite item by item so the explanation shows every product that was added up.
internal sealed class CompositeCalculation(CompositeScoringRules rules, CompositeScoringPolicies policies)
{
    private readonly List<ScoringStep> _steps = [];
    private readonly string _source = rules.Source ?? "App. C";

    public CompositeResult Run(
        IReadOnlyDictionary<string, decimal> weighted,
        IReadOnlyDictionary<string, decimal> lift,
        IReadOnlyDictionary<string, decimal> subIndicators,
        int majorNonconformities)
    {
        var characteristic = WeightedPart(CompositeGroup.Characteristic, "服务特性评价得分", "Service-characteristic part", weighted);
        var management = WeightedPart(CompositeGroup.Management, "服务管理评价得分", "Service-management part", weighted);
        var liftPart = LiftPart(lift);
        var composite = characteristic + management + liftPart;
        var maximum = rules.Maximum;
        _steps.Add(Step(
            ScoringStepCodes.Composite,
            _source,
            $"综合评价得分 = 服务特性 {F(characteristic)} + 服务管理 {F(management)} + 提升指标 {F(liftPart)} = {F(composite)}（满分 {F(maximum)}；规则未设综合合格线，A-21）",
            $"Composite = characteristic {F(characteristic)} + management {F(management)} + lift {F(liftPart)} = {F(composite)} (maximum {F(maximum)}; the rule sets no composite pass mark, A-21)",
            composite));

        var (below, notAssessed) = Minima(subIndicators);
        var minimaMet = below.Count == 0 && notAssessed.Count == 0;
        return new CompositeResult
        {
            Composite = composite,
            Characteristic = characteristic,
            Management = management,
            Lift = liftPart,
            Maximum = maximum,
            BelowMinimum = below,
            NotAssessed = notAssessed,
            MinimaMet = minimaMet,
            MajorNonconformities = majorNonconformities,
            Passed = PassDecision(minimaMet, majorNonconformities),
            Explanation = _steps,
        };
    }

    private decimal WeightedPart(CompositeGroup group, string zh, string en, IReadOnlyDictionary<string, decimal> scores)
    {
        var part = 0m;
        foreach (var indicator in rules.Weighted.Where(w => w.Group == group))
        {
            var score = scores[indicator.Name];
            var contribution = score * indicator.Weight / 100;
            part += contribution;
            _steps.Add(Step(
                ScoringStepCodes.Weighted,
                _source,
                $"{indicator.Name}：{F(score)} × {F(indicator.Weight)}% = {F(contribution)}",
                $"{indicator.Name}: {F(score)} × {F(indicator.Weight)}% = {F(contribution)}",
                contribution));
        }

        var total = rules.GroupTotals.For(group);
        _steps.Add(Step(ScoringStepCodes.GroupPart, _source, $"{zh} = {F(part)}（满分 {F(total)}）", $"{en} = {F(part)} (out of {F(total)})", part));
        return part;
    }

    private decimal LiftPart(IReadOnlyDictionary<string, decimal> scores)
    {
        var part = 0m;
        foreach (var indicator in rules.Lift)
        {
            if (scores.TryGetValue(indicator.Name, out var score))
            {
                var contribution = score * indicator.Weight / 100;
                part += contribution;
                _steps.Add(Step(
                    ScoringStepCodes.Lift,
                    _source,
                    $"{indicator.Name}（提升指标）：{F(score)} × {F(indicator.Weight)}% = {F(contribution)}",
                    $"{indicator.Name} (lift): {F(score)} × {F(indicator.Weight)}% = {F(contribution)}",
                    contribution));
            }
            else
            {
                _steps.Add(Step(ScoringStepCodes.Lift, _source, $"{indicator.Name}（提升指标）：未评分，计 0", $"{indicator.Name} (lift): not scored, counts 0", 0m));
            }
        }

        var maximum = rules.Lift.Sum(l => l.Weight);
        _steps.Add(Step(ScoringStepCodes.LiftPart, _source, $"提升指标得分 = {F(part)}（满分 {F(maximum)}）", $"Lift part = {F(part)} (out of {F(maximum)})", part));
        return part;
    }

    private (List<string> Below, List<string> NotAssessed) Minima(IReadOnlyDictionary<string, decimal> scores)
    {
        var below = new List<string>();
        var notAssessed = new List<string>();
        var strict = policies.MinimumComparison == MinimumComparison.Strict;
        foreach (var minimum in rules.Minima)
        {
            var source = "§" + minimum.Section;
            var label = $"{minimum.Section} {minimum.Name}";
            if (!scores.TryGetValue(minimum.Name, out var score))
            {
                notAssessed.Add(minimum.Name);
                _steps.Add(Step(ScoringStepCodes.Minimum, source, $"{label}：未评价（最低 {F(minimum.Minimum)} 分）", $"{label}: not assessed (minimum {F(minimum.Minimum)})", null));
                continue;
            }

            var met = strict ? score > minimum.Minimum : score >= minimum.Minimum;
            var op = (met, strict) switch { (true, false) => "≥", (true, true) => ">", (false, false) => "<", _ => "≤" };
            if (!met)
            {
                below.Add(minimum.Name);
            }

            _steps.Add(Step(
                ScoringStepCodes.Minimum,
                source,
                $"{label}：{F(score)} {op} {F(minimum.Minimum)}，{(met ? "达到最低分" : "未达到最低分")}",
                $"{label}: {F(score)} {op} {F(minimum.Minimum)}, {(met ? "minimum met" : "below minimum")}",
                score));
        }

        var rule = strict ? "大于（不含）" : "大于或等于（含）";
        var ruleEn = strict ? "strictly above" : "at or above";
        _steps.Add(Step(
            ScoringStepCodes.MinimaSummary,
            "A-22",
            $"“X分以上”按{rule}最低分判定：{below.Count} 项未达到，{notAssessed.Count} 项未评价",
            $"\"X分以上\" read as {ruleEn} the minimum: {below.Count} below, {notAssessed.Count} not assessed",
            below.Count));
        return (below, notAssessed);
    }

    private bool? PassDecision(bool minimaMet, int majorNonconformities)
    {
        if (policies.PassRule == CompositePassRule.NoPassDecision)
        {
            _steps.Add(Step(ScoringStepCodes.Pass, "A-21", "按政策只报告综合得分，不作合格判定", "By policy the composite is reported without a pass decision", null));
            return null;
        }

        var passed = minimaMet && majorNonconformities == 0;
        _steps.Add(Step(
            ScoringStepCodes.Pass,
            "A-21",
            $"合格条件：全部最低分均已评价并达到，且无严重不符合项（严重不符合 {majorNonconformities} 项）→ {(passed ? "合格" : "不合格")}",
            $"Pass requires every minimum assessed and met and no major nonconformity ({majorNonconformities} major) → {(passed ? "passed" : "not passed")}",
            null));
        return passed;
    }

    private static string F(decimal value) => DecimalText.Format(value);

    private static ScoringStep Step(string code, string source, string zh, string en, decimal? value) =>
        new(code, source, new LocalizedText(zh, en), value);
}
