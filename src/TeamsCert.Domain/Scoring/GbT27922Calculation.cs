using TeamsCert.Domain.AuditTime;
using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

// One AS scoring run (004 附件一 2.3, 3.2, 3.3) that records each step in the order it is applied.
internal sealed class GbT27922Calculation(GbT27922ScoringRules rules, GbT27922Policies policies, GbT27922Input input)
{
    private const string Sheet = "004 附件一";
    private readonly List<ScoringStep> _steps = [];

    public GbT27922Result Run(HashSet<string> excluded, Dictionary<string, IReadOnlyList<int>> failed)
    {
        var lines = new List<IndicatorScoreLine>();
        var deductionSteps = new List<ScoringStep>();
        foreach (var indicator in rules.Indicators)
        {
            if (excluded.Contains(indicator.Name))
            {
                lines.Add(new IndicatorScoreLine(indicator.Block, indicator.Name, indicator.Points, [], 0, 0, true));
                continue;
            }

            var items = failed.GetValueOrDefault(indicator.Name) ?? [];
            var (deducted, step) = IndicatorDeduction.Apply(indicator, items, policies.PerItemShortfall);
            lines.Add(new IndicatorScoreLine(indicator.Block, indicator.Name, indicator.Points, items, deducted, indicator.Points - deducted, false));
            if (step is not null)
            {
                deductionSteps.Add(step);
            }
        }

        var applicable = lines.Where(l => !l.Excluded).Sum(l => l.Points);
        var actual = lines.Where(l => !l.Excluded).Sum(l => l.Awarded);
        AddExclusions(lines, applicable);
        _steps.AddRange(deductionSteps);
        Add(ScoringStepCodes.Actual, $"{Sheet} 2.3(1)", $"实际得分 = {F(actual)}（涉及项总分值 {F(applicable)}）", $"Actual points = {F(actual)} (applicable total {F(applicable)})", actual);

        var raw = new ScoreAdjustment(rules, policies, input, _steps).Apply(actual, applicable);
        var score = Math.Round(raw, 2, MidpointRounding.AwayFromZero);
        Add(
            ScoringStepCodes.Rounding,
            Sheet,
            $"四舍五入保留两位小数：{P(raw)} → {F(score)}；合格判定与级别划分均以该分数为准",
            $"Rounded to 2 decimals (half away from zero): {P(raw)} → {F(score)}; the pass and band decisions use this score",
            score);

        var reasons = Decide(score);
        var passed = reasons.Count == 0;
        var band = passed ? rules.Bands.Where(b => score >= b.Minimum).MaxBy(b => b.Minimum) : null;
        AddGrade(score, band);
        return new GbT27922Result
        {
            Score = score,
            Passed = passed,
            Grade = band?.Name.ZhCn,
            GradeEn = band?.Name.En,
            ActualPoints = actual,
            ApplicablePoints = applicable,
            SpecialDeductions = input.SpecialDeductions,
            Bonus = input.Bonus,
            Kind = input.Kind,
            Indicators = lines,
            FailureReasons = reasons,
            Explanation = _steps,
        };
    }

    private void AddExclusions(List<IndicatorScoreLine> lines, decimal applicable)
    {
        var removed = lines.Where(l => l.Excluded).ToList();
        var full = lines.Sum(l => l.Points);
        if (removed.Count == 0)
        {
            Add(ScoringStepCodes.Exclusions, $"{Sheet} 2.2", $"无删减：涉及项总分值 = {F(full)}", $"No exclusions: applicable total = {F(full)}", applicable);
            return;
        }

        var namesZh = string.Join("、", removed.Select(l => $"{l.Name}（{F(l.Points)} 分）"));
        var namesEn = string.Join(", ", removed.Select(l => $"{l.Name} ({F(l.Points)})"));
        var minus = F(removed.Sum(l => l.Points));
        Add(
            ScoringStepCodes.Exclusions,
            $"{Sheet} 2.2, 2.3(5)",
            $"删减：{namesZh}，不计分值；涉及项总分值 = {F(full)} − {minus} = {F(applicable)}",
            $"Excluded: {namesEn}, not scored; applicable total = {F(full)} − {minus} = {F(applicable)}",
            applicable);
    }

    private List<LocalizedText> Decide(decimal score)
    {
        var reasons = new List<LocalizedText>();
        var surveillance = input.Kind == AuditKind.Surveillance;
        var markSource = surveillance ? $"{Sheet} 3.2 · 004 §5.7.3" : $"{Sheet} 3.2";
        var passMark = F(rules.PassMark);
        var markMet = score >= rules.PassMark;
        Add(
            ScoringStepCodes.PassMark,
            markSource,
            $"评分 {F(score)} {(markMet ? "≥" : "<")} 合格线 {passMark} 分：{(markMet ? "达到" : "未达到")}",
            $"Score {F(score)} {(markMet ? "≥" : "<")} pass mark {passMark}: {(markMet ? "met" : "not met")}",
            score);
        if (!markMet)
        {
            reasons.Add(new LocalizedText($"评分 {F(score)} 低于 {passMark} 分（{Sheet} 3.2）", $"Score {F(score)} is below {passMark} ({Sheet} 3.2)"));
        }

        var count = input.SpecialDeductions;
        var limit = rules.SpecialDeductionFailCount;
        if (surveillance && policies.SurveillanceSpecialDeductions == SurveillanceSpecialDeductions.ScoreOnly)
        {
            Add(ScoringStepCodes.SpecialDeductionCount, "A-35", $"监督评价：按政策只以评分判定，特别扣分项 {count} 个不单独导致不合格", $"Surveillance: by policy only the score decides; {count} special deduction(s) do not fail on their own", count);
            return reasons;
        }

        var countSource = surveillance ? $"{Sheet} 3.2 · A-35" : $"{Sheet} 3.2";
        var tooMany = count >= limit;
        Add(
            ScoringStepCodes.SpecialDeductionCount,
            countSource,
            $"特别扣分项 {count} 个 {(tooMany ? "≥" : "<")} {limit} 个：{(tooMany ? "评价不合格" : "未触发不合格")}",
            $"{count} special deduction(s) {(tooMany ? "≥" : "<")} {limit}: {(tooMany ? "fails" : "does not fail")}",
            count);
        if (tooMany)
        {
            reasons.Add(new LocalizedText($"特别扣分项达到 {count} 个（{limit} 个及以上为不合格，{Sheet} 3.2）", $"{count} special deductions ({limit} or more fail, {Sheet} 3.2)"));
        }

        return reasons;
    }

    private void AddGrade(decimal score, ScoreBand? band)
    {
        if (band is null)
        {
            Add(ScoringStepCodes.Grade, $"{Sheet} 3.3", "评价不合格，不划分级别", "Not passed, so no band is assigned", null);
            return;
        }

        Add(
            ScoringStepCodes.Grade,
            $"{Sheet} 3.3",
            $"{F(score)} ≥ {F(band.Minimum)} → {band.Name.ZhCn}",
            $"{F(score)} ≥ {F(band.Minimum)} → {band.Name.En}",
            band.Minimum);
    }

    private void Add(string code, string source, string zh, string en, decimal? value) =>
        _steps.Add(new ScoringStep(code, source, new LocalizedText(zh, en), value));

    private static string F(decimal value) => DecimalText.Format(value);

    private static string P(decimal value) => DecimalText.Precise(value);
}
