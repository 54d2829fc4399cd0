using TeamsCert.Domain.AuditTime;
using TeamsCert.Domain.Scoring;

namespace TeamsCert.UnitTests.Scoring;

// Each AS policy option: A-26 (投诉处理 9 ≠ 10), A-27, A-28 (order, cap, floor), A-35 (surveillance).
public class GbT27922PolicyTests
{
    private static GbT27922Result Calculate(GbT27922Input input, GbT27922Policies? policies = null) =>
        new GbT27922Calculator(GbT27922Section.As(), policies).Calculate(input);

    private static GbT27922Input Failed(string name, params int[] items) => new()
    {
        FailedItems = new Dictionary<string, IReadOnlyList<int>> { [name] = items },
    };

    private static IndicatorScoreLine Complaints(GbT27922Result result) => result.Indicators.Single(l => l.Name == "投诉处理");

    [Fact]
    public void Defaults_MatchRulesReferenceProposals_A26A27A28A35()
    {
        var policies = GbT27922Policies.Default;

        Assert.Equal(PerItemShortfall.AllFailZero, policies.PerItemShortfall);
        Assert.Equal(SampledIndicatorDeduction.BlockRuleWins, policies.SampledIndicators);
        Assert.Equal(AdjustmentOrder.NormaliseThenAdjust, policies.AdjustmentOrder);
        Assert.Equal(SurveillanceSpecialDeductions.FailRuleApplies, policies.SurveillanceSpecialDeductions);
    }

    [Fact]
    public void Calculate_ComplaintsAllThreeFail_ScoresZeroUnderDefaultA26()
    {
        var result = Calculate(Failed("投诉处理", 1, 2, 3));

        Assert.Equal(0m, Complaints(result).Awarded);
        Assert.Equal(90m, result.Score);
        var step = Assert.Single(result.Explanation, s => s.Step == ScoringStepCodes.Indicator);
        Assert.Equal("004 附件一 4 · A-26", step.Source);
        Assert.Contains("全部不符合按 0 分计", step.Description.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_ComplaintsTwoFail_DeductThreeEachUnderDefaultA26()
    {
        Assert.Equal(4m, Complaints(Calculate(Failed("投诉处理", 1, 3))).Awarded);
    }

    [Fact]
    public void Calculate_ComplaintsAllFailLiteral_LeavesOnePointA26()
    {
        var result = Calculate(Failed("投诉处理", 1, 2, 3), new GbT27922Policies { PerItemShortfall = PerItemShortfall.LiteralPerItem });

        Assert.Equal(1m, Complaints(result).Awarded);
        Assert.Equal(91m, result.Score);
    }

    [Theory]
    [InlineData(new[] { 3 }, 6)]
    [InlineData(new[] { 1 }, 7)]
    [InlineData(new[] { 1, 2, 3 }, 0)]
    public void Calculate_ComplaintsLastItemTakesRemainder_ItemThreeCountsFourA26(int[] items, int awarded)
    {
        var result = Calculate(Failed("投诉处理", items), new GbT27922Policies { PerItemShortfall = PerItemShortfall.LastItemTakesRemainder });

        Assert.Equal(awarded, Complaints(result).Awarded);
    }

    [Fact]
    public void Constructor_ProportionalSampledDeduction_RefusesAsNotImplementedA27()
    {
        var policies = new GbT27922Policies { SampledIndicators = SampledIndicatorDeduction.Proportional };

        var error = Assert.Throws<NotSupportedException>(() => new GbT27922Calculator(GbT27922Section.As(), policies));

        Assert.Contains("A-27", error.Message, StringComparison.Ordinal);
        Assert.Contains("not implemented", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProportionalSampledDeduction_IsReportedAtLoadA27()
    {
        var policies = new GbT27922Policies { SampledIndicators = SampledIndicatorDeduction.Proportional };

        var error = Assert.Single(RuleJson.Errors(policies, "$.policies"));

        Assert.Equal("$.policies['A-27']", error.JsonPath);
        Assert.Empty(RuleJson.Errors(GbT27922Policies.Default, "$.policies"));
    }

    [Fact]
    public void Calculate_AdjustBeforeNormalising_GivesLowerScoreThanDefaultA28()
    {
        var input = new GbT27922Input
        {
            Excluded = ["配送", "废弃商品回收"],
            FailedItems = new Dictionary<string, IReadOnlyList<int>> { ["组织架构"] = [1], ["改进"] = [2] },
            SpecialDeductions = 1,
        };

        var normaliseFirst = Calculate(input);
        var adjustFirst = Calculate(input, new GbT27922Policies { AdjustmentOrder = AdjustmentOrder.AdjustThenNormalise });

        Assert.Equal(89.43m, normaliseFirst.Score);
        Assert.Equal(89.36m, adjustFirst.Score);
        Assert.Contains("84 / 94 × 100", adjustFirst.Explanation.Single(s => s.Step == ScoringStepCodes.Normalise).Description.ZhCn, StringComparison.Ordinal);
        Assert.Equal("三星级", adjustFirst.Grade);
    }

    [Fact]
    public void Calculate_FullMarksWithBonus_IsCappedAt100A28()
    {
        var result = Calculate(new GbT27922Input { Bonus = 1 });

        Assert.Equal(100m, result.Score);
        var bounds = Assert.Single(result.Explanation, s => s.Step == ScoringStepCodes.Bounds);
        Assert.Equal("A-28", bounds.Source);
        Assert.Equal("封顶 100 分：101 → 100", bounds.Description.ZhCn);
    }

    [Fact]
    public void Calculate_EverythingFailedWithSpecialDeductions_IsFlooredAtZeroA28()
    {
        var rules = GbT27922Section.As();
        var input = new GbT27922Input
        {
            FailedItems = rules.Indicators.ToDictionary(i => i.Name, i => (IReadOnlyList<int>)Enumerable.Range(1, i.Items).ToList()),
            SpecialDeductions = 3,
        };

        var result = Calculate(input);

        Assert.Equal(0m, result.ActualPoints);
        Assert.Equal(0m, result.Score);
        Assert.Equal("不低于 0 分：-3 → 0", result.Explanation.Single(s => s.Step == ScoringStepCodes.Bounds).Description.ZhCn);
        Assert.Contains("低于 70 分", Assert.Single(result.FailureReasons).ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_SurveillanceWithFiveSpecialDeductions_FailsByDefaultA35()
    {
        var result = Calculate(new GbT27922Input { Kind = AuditKind.Surveillance, SpecialDeductions = 5 });

        Assert.Equal(95m, result.Score);
        Assert.False(result.Passed);
        var step = result.Explanation.Single(s => s.Step == ScoringStepCodes.SpecialDeductionCount);
        Assert.Equal("004 附件一 3.2 · A-35", step.Source);
        Assert.Equal("004 附件一 3.2 · 004 §5.7.3", result.Explanation.Single(s => s.Step == ScoringStepCodes.PassMark).Source);
    }

    [Fact]
    public void Calculate_SurveillanceScoreOnly_PassesDespiteFiveSpecialDeductionsA35()
    {
        var policies = new GbT27922Policies { SurveillanceSpecialDeductions = SurveillanceSpecialDeductions.ScoreOnly };

        var result = Calculate(new GbT27922Input { Kind = AuditKind.Surveillance, SpecialDeductions = 5 }, policies);

        Assert.True(result.Passed);
        Assert.Equal("五星级", result.Grade);
        Assert.Equal("A-35", result.Explanation.Single(s => s.Step == ScoringStepCodes.SpecialDeductionCount).Source);
    }

    [Fact]
    public void Calculate_InitialScoreOnlyPolicy_StillFailsOnTheCountA35()
    {
        var policies = new GbT27922Policies { SurveillanceSpecialDeductions = SurveillanceSpecialDeductions.ScoreOnly };

        var result = Calculate(new GbT27922Input { Kind = AuditKind.Initial, SpecialDeductions = 5 }, policies);

        Assert.False(result.Passed);
    }
}
