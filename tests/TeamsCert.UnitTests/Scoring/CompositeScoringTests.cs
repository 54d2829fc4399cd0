using TeamsCert.Domain;
using TeamsCert.Domain.Scoring;

namespace TeamsCert.UnitTests.Scoring;

// LS/CC9 composite (000/003 §9, §10, App. C) with.
public class CompositeScoringTests
{
    private static Dictionary<string, decimal> Every(IEnumerable<string> names, decimal score) =>
        names.ToDictionary(n => n, _ => score);

    private static CompositeScoringInput LsInput(decimal weighted = 80, decimal subIndicators = 90, int majorNonconformities = 0)
    {
        var rules = CompositeSections.Ls();
        return new CompositeScoringInput
        {
            Weighted = Every(rules.Weighted.Select(w => w.Name), weighted),
            SubIndicators = Every(rules.Minima.Select(m => m.Name), subIndicators),
            MajorNonconformities = majorNonconformities,
        };
    }

    private static CompositeResult Ls(CompositeScoringInput input, CompositeScoringPolicies? policies = null) =>
        new CompositeScoringCalculator(CompositeSections.Ls(), policies).Calculate(input);

    [Fact]
    public void Calculate_LsScores_SplitsCharacteristicManagementAndLiftAppC()
    {
        var input = LsInput() with { Lift = new Dictionary<string, decimal> { ["行业影响力"] = 50 } };

        var result = Ls(input);

        Assert.Equal(48m, result.Characteristic);
        Assert.Equal(32m, result.Management);
        Assert.Equal(1.5m, result.Lift);
        Assert.Equal(81.5m, result.Composite);
    }

    [Fact]
    public void Calculate_LsFullMarks_ReachesMaximum118A21()
    {
        var rules = CompositeSections.Ls();
        var input = LsInput(weighted: 100) with { Lift = Every(rules.Lift.Select(l => l.Name), 100) };

        var result = Ls(input);

        Assert.Equal(118m, result.Composite);
        Assert.Equal(118m, result.Maximum);
    }

    [Fact]
    public void Calculate_Cc9Weights_UseOperationsProcessWeightOf15()
    {
        var rules = CompositeSections.Cc9();
        var weighted = Every(rules.Weighted.Select(w => w.Name), 0);
        weighted["运营过程评价"] = 100;

        var result = new CompositeScoringCalculator(rules).Calculate(new CompositeScoringInput { Weighted = weighted });

        Assert.Equal(15m, result.Management);
        Assert.Equal(0m, result.Characteristic);
        Assert.Equal(15m, result.Composite);
    }

    [Fact]
    public void Calculate_LsExplanation_ShowsEachProductAndTheComposite()
    {
        var input = LsInput();
        var weighted = new Dictionary<string, decimal>(input.Weighted) { ["服务质量评价"] = 85 };

        var result = Ls(input with { Weighted = weighted });

        Assert.Contains(result.Explanation, s => s.Step == ScoringStepCodes.Weighted && s.Description.ZhCn == "服务质量评价：85 × 25% = 21.25" && s.Value == 21.25m);
        var composite = Assert.Single(result.Explanation, s => s.Step == ScoringStepCodes.Composite);
        Assert.Equal("000 §9, §10, 附录C", composite.Source);
        Assert.Contains("满分 118", composite.Description.ZhCn, StringComparison.Ordinal);
        Assert.Contains("A-21", composite.Description.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_LsLiftMissing_CountsZeroAndSaysSo()
    {
        var result = Ls(LsInput());

        Assert.Equal(0m, result.Lift);
        Assert.Equal(8, result.Explanation.Count(s => s.Step == ScoringStepCodes.Lift && s.Description.ZhCn.EndsWith("未评分，计 0", StringComparison.Ordinal)));
    }

    [Fact]
    public void Calculate_LsMissingWeightedIndicator_ThrowsNamingWeightedField()
    {
        var input = LsInput();
        var weighted = new Dictionary<string, decimal>(input.Weighted);
        weighted.Remove("服务效果评价");

        var error = Assert.Throws<InvalidInputException>(() => Ls(input with { Weighted = weighted }));

        Assert.Equal("weighted.服务效果评价", error.Field);
    }

    [Theory]
    [InlineData("weighted", "服务态度评价")]
    [InlineData("lift", "品牌价值")]
    [InlineData("subIndicators", "战略制定")]
    public void Calculate_LsUnknownName_ThrowsNamingTheField(string section, string name)
    {
        var input = LsInput();
        var extra = new Dictionary<string, decimal> { [name] = 50 };
        input = section switch
        {
            "weighted" => input with { Weighted = new Dictionary<string, decimal>(input.Weighted) { [name] = 50 } },
            "lift" => input with { Lift = extra },
            _ => input with { SubIndicators = extra },
        };

        var error = Assert.Throws<InvalidInputException>(() => Ls(input));

        Assert.Equal($"{section}.{name}", error.Field);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void Calculate_LsScoreOutside0To100_ThrowsNamingTheField(double score)
    {
        var input = LsInput() with { Lift = new Dictionary<string, decimal> { ["客户满意度"] = (decimal)score } };

        var error = Assert.Throws<InvalidInputException>(() => Ls(input));

        Assert.Equal("lift.客户满意度", error.Field);
    }

    [Fact]
    public void Calculate_LsSubIndicatorAtMinimum_MeetsItInclusiveA22()
    {
        var input = LsInput();
        var subs = new Dictionary<string, decimal>(input.SubIndicators!) { ["制度建设"] = 85 };

        var result = Ls(input with { SubIndicators = subs });

        Assert.Empty(result.BelowMinimum);
        Assert.True(result.MinimaMet);
        Assert.Contains(result.Explanation, s => s.Source == "§9.1.2" && s.Description.ZhCn == "9.1.2 制度建设：85 ≥ 85，达到最低分");
    }

    [Fact]
    public void Calculate_LsSubIndicatorAtMinimumStrict_IsBelowMinimumA22()
    {
        var input = LsInput(subIndicators: 95);
        var subs = new Dictionary<string, decimal>(input.SubIndicators!) { ["制度建设"] = 85 };

        var result = Ls(input with { SubIndicators = subs }, new CompositeScoringPolicies { MinimumComparison = MinimumComparison.Strict });

        Assert.Equal(["制度建设"], result.BelowMinimum);
        Assert.False(result.Passed);
        Assert.Contains("大于（不含）", result.Explanation.Single(s => s.Step == ScoringStepCodes.MinimaSummary).Description.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_LsSubIndicatorBelowMinimum_ListedAndNotPassedA21A22()
    {
        var input = LsInput();
        var subs = new Dictionary<string, decimal>(input.SubIndicators!) { ["制度建设"] = 84, ["资质管理"] = 89.5m };

        var result = Ls(input with { SubIndicators = subs });

        Assert.Equal(["资质管理", "制度建设"], result.BelowMinimum);
        Assert.False(result.MinimaMet);
        Assert.False(result.Passed);
    }

    [Fact]
    public void Calculate_LsSubIndicatorsMissing_ListedNotAssessedAndNotPassedA21()
    {
        var input = LsInput() with { SubIndicators = new Dictionary<string, decimal> { ["制度建设"] = 90 } };

        var result = Ls(input);

        Assert.Equal(13, result.NotAssessed.Count);
        Assert.DoesNotContain("制度建设", result.NotAssessed);
        Assert.Empty(result.BelowMinimum);
        Assert.False(result.MinimaMet);
        Assert.False(result.Passed);
    }

    [Fact]
    public void Calculate_LsMinimaMetNoMajorNc_PassesA21()
    {
        var result = Ls(LsInput());

        Assert.True(result.Passed);
        Assert.Contains("合格", result.Explanation[^1].Description.ZhCn, StringComparison.Ordinal);
        Assert.Equal("A-21", result.Explanation[^1].Source);
    }

    [Fact]
    public void Calculate_LsMajorNonconformity_FailsDespiteMinimaA21()
    {
        var result = Ls(LsInput(majorNonconformities: 1));

        Assert.True(result.MinimaMet);
        Assert.Equal(1, result.MajorNonconformities);
        Assert.False(result.Passed);
    }

    [Fact]
    public void Calculate_LsNoPassDecisionPolicy_LeavesPassedNullA21()
    {
        var result = Ls(LsInput(majorNonconformities: 2), new CompositeScoringPolicies { PassRule = CompositePassRule.NoPassDecision });

        Assert.Null(result.Passed);
        Assert.Equal(80m, result.Composite);
        Assert.Contains("只报告综合得分", result.Explanation[^1].Description.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_LsNegativeMajorNonconformities_ThrowsNamingField()
    {
        var error = Assert.Throws<InvalidInputException>(() => Ls(LsInput(majorNonconformities: -1)));

        Assert.Equal("majorNonconformities", error.Field);
    }
}
