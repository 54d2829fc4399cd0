using TeamsCert.Domain.Scoring;

namespace TeamsCert.UnitTests.Scoring;

// AS GB/T 27922 sheet (004 附件一 2.3, 3.2, 3.3): rules reference §2.6.4 vectors under the default policies.
public class GbT27922ScoringTests
{
    private static readonly int[] _allSix = [1, 2, 3, 4, 5, 6];

    private static GbT27922Result Calculate(GbT27922Input input, GbT27922Policies? policies = null) =>
        new GbT27922Calculator(GbT27922Section.As(), policies).Calculate(input);

    private static GbT27922Input Failed(params (string Name, int[] Items)[] failed) => new()
    {
        FailedItems = failed.ToDictionary(f => f.Name, f => (IReadOnlyList<int>)f.Items),
    };

    [Fact]
    public void Calculate_AsFullMarks_Scores100FiveStar()
    {
        var result = Calculate(new GbT27922Input());

        Assert.Equal(100m, result.Score);
        Assert.True(result.Passed);
        Assert.Equal("五星级", result.Grade);
        Assert.Equal("Five-star", result.GradeEn);
        Assert.Empty(result.FailureReasons);
        Assert.Equal(15, result.Indicators.Count);
    }

    [Fact]
    public void Calculate_AsExcludeDeliveryAndRecycling_Scores90_43FourStar()
    {
        var input = Failed(("组织架构", [1]), ("改进", [2])) with { Excluded = ["配送", "废弃商品回收"] };

        var result = Calculate(input);

        Assert.Equal(85m, result.ActualPoints);
        Assert.Equal(94m, result.ApplicablePoints);
        Assert.Equal(90.43m, result.Score);
        Assert.Equal("四星级", result.Grade);
    }

    [Fact]
    public void Calculate_AsExcludeDeliveryFailRepairItems1And2_Scores95_83FiveStar()
    {
        var input = Failed(("维修", [1, 2])) with { Excluded = ["配送"] };

        var result = Calculate(input);

        Assert.Equal(92m, result.ActualPoints);
        Assert.Equal(96m, result.ApplicablePoints);
        Assert.Equal(95.83m, result.Score);
        Assert.True(result.Passed);
        Assert.Equal("五星级", result.Grade);
        var repair = result.Indicators.Single(l => l.Name == "维修");
        Assert.Equal(4m, repair.Deducted);
        Assert.Equal(6m, repair.Awarded);
        Assert.True(result.Indicators.Single(l => l.Name == "配送").Excluded);
    }

    [Fact]
    public void Calculate_AsActual76WithFiveSpecialDeductions_FailsOnTheCount()
    {
        var input = Failed(("顾客关系", _allSix), ("组织架构", [2]), ("改进", [1])) with { SpecialDeductions = 5 };

        var result = Calculate(input);

        Assert.Equal(76m, result.ActualPoints);
        Assert.Equal(71m, result.Score);
        Assert.False(result.Passed);
        Assert.Null(result.Grade);
        var reason = Assert.Single(result.FailureReasons);
        Assert.Contains("004 附件一 3.2", reason.ZhCn, StringComparison.Ordinal);
        Assert.Contains("特别扣分项", reason.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_AsFourSpecialDeductions_DoesNotFailOnTheCount()
    {
        var result = Calculate(new GbT27922Input { SpecialDeductions = 4 });

        Assert.Equal(96m, result.Score);
        Assert.True(result.Passed);
        Assert.Equal("五星级", result.Grade);
    }

    [Fact]
    public void Calculate_As69Of98_Scores70_41Compliant()
    {
        var input = Failed(("顾客关系", _allSix), ("监督", [4]), ("改进", [3]), ("商品信息", [1])) with { Excluded = ["废弃商品回收"] };

        var result = Calculate(input);

        Assert.Equal(69m, result.ActualPoints);
        Assert.Equal(98m, result.ApplicablePoints);
        Assert.Equal(70.41m, result.Score);
        Assert.True(result.Passed);
        Assert.Equal("达标级", result.Grade);
    }

    [Fact]
    public void Calculate_As69Of98WithOneSpecialDeduction_Scores69_41AndFailsOnScore()
    {
        var input = Failed(("顾客关系", _allSix), ("监督", [4]), ("改进", [3]), ("商品信息", [1])) with
        {
            Excluded = ["废弃商品回收"],
            SpecialDeductions = 1,
        };

        var result = Calculate(input);

        Assert.Equal(69.41m, result.Score);
        Assert.False(result.Passed);
        var reason = Assert.Single(result.FailureReasons);
        Assert.Equal("评分 69.41 低于 70 分（004 附件一 3.2）", reason.ZhCn);
    }

    [Fact]
    public void Calculate_AsTechnicalSupportAllItemsFail_FloorsIndicatorAtZero()
    {
        var result = Calculate(Failed(("技术支持", [1, 2, 3, 4])));

        var line = result.Indicators.Single(l => l.Name == "技术支持");
        Assert.Equal(6m, line.Deducted);
        Assert.Equal(0m, line.Awarded);
        Assert.Equal(94m, result.Score);
        Assert.Contains(result.Explanation, s => s.Step == ScoringStepCodes.Indicator && s.Description.ZhCn.Contains("扣完为止", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_AsAnyFailZeroIndicator_LosesWholeIndicatorA27()
    {
        var result = Calculate(Failed(("人员配置", [1])));

        var line = result.Indicators.Single(l => l.Name == "人员配置");
        Assert.Equal(6m, line.Deducted);
        var step = Assert.Single(result.Explanation, s => s.Step == ScoringStepCodes.Indicator);
        Assert.Equal("004 附件一 4 · A-27", step.Source);
        Assert.Equal("人员配置：第 1 项不符合（任何 1 项不符合得 0 分）→ 扣 6 分，得 0/6", step.Description.ZhCn);
    }

    [Fact]
    public void Calculate_As80WithOneSpecialAndOneBonus_Scores80ThreeStar()
    {
        var input = Failed(("顾客关系", _allSix), ("改进", [1])) with { SpecialDeductions = 1, Bonus = 1 };

        var result = Calculate(input);

        Assert.Equal(80m, result.Score);
        Assert.Equal("三星级", result.Grade);
        Assert.Contains(result.Explanation, s => s.Step == ScoringStepCodes.SpecialDeductions);
        Assert.Contains(result.Explanation, s => s.Step == ScoringStepCodes.Bonus);
    }

    [Fact]
    public void Calculate_AsExplanation_ListsStepsInOrderAndStatesRoundedDecision()
    {
        var input = Failed(("维修", [1, 2])) with { Excluded = ["配送"], SpecialDeductions = 1 };

        var result = Calculate(input);

        Assert.Equal(
            [
                ScoringStepCodes.Exclusions,
                ScoringStepCodes.Indicator,
                ScoringStepCodes.Actual,
                ScoringStepCodes.Normalise,
                ScoringStepCodes.SpecialDeductions,
                ScoringStepCodes.Rounding,
                ScoringStepCodes.PassMark,
                ScoringStepCodes.SpecialDeductionCount,
                ScoringStepCodes.Grade,
            ],
            result.Explanation.Select(s => s.Step));
        Assert.Equal("删减：配送（4 分），不计分值；涉及项总分值 = 100 − 4 = 96", result.Explanation[0].Description.ZhCn);
        Assert.Contains("92 / 96 × 100 = 95.8333", result.Explanation[3].Description.ZhCn, StringComparison.Ordinal);
        var rounding = result.Explanation[5];
        Assert.Contains("94.8333 → 94.83", rounding.Description.ZhCn, StringComparison.Ordinal);
        Assert.Contains("合格判定与级别划分均以该分数为准", rounding.Description.ZhCn, StringComparison.Ordinal);
        Assert.Contains("the pass and band decisions use this score", rounding.Description.En, StringComparison.Ordinal);
        Assert.Equal("94.83 ≥ 90 → 四星级", result.Explanation[^1].Description.ZhCn);
    }

    [Fact]
    public void Calculate_RawScoreJustBelowPassMark_PassesOnTheRoundedScore()
    {
        // A two-indicator sheet whose actual score is 69.995: rounded to 70.00 it meets the pass mark.
        var rules = GbT27922Section.As() with
        {
            Blocks = [new ScoringBlock { Name = "体系", Points = 100 }],
            Indicators =
            [
                new ScoringIndicator { Block = "体系", Name = "甲", Points = 69.995m, Items = 1, Rule = DeductionRule.AnyFailZero },
                new ScoringIndicator { Block = "体系", Name = "乙", Points = 30.005m, Items = 1, Rule = DeductionRule.AnyFailZero },
            ],
        };

        var result = new GbT27922Calculator(rules).Calculate(Failed(("乙", [1])));

        Assert.Equal(70.00m, result.Score);
        Assert.True(result.Passed);
        Assert.Equal("达标级", result.Grade);
    }
}
