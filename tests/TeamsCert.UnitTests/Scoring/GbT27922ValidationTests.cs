using TeamsCert.Domain.Rules;
using TeamsCert.Domain.Scoring;

namespace TeamsCert.UnitTests.Scoring;

// Consistency checks of the AS $.scoring section (004 附件一), each located by its JSON path.
public class GbT27922ValidationTests
{
    private static IReadOnlyList<RuleDataError> Errors(GbT27922ScoringRules rules) => RuleJson.Errors(rules, "$.scoring");

    private static GbT27922ScoringRules WithIndicator(int index, Func<ScoringIndicator, ScoringIndicator> change)
    {
        var rules = GbT27922Section.As();
        var indicators = rules.Indicators.ToList();
        indicators[index] = change(indicators[index]);
        return rules with { Indicators = indicators };
    }

    [Fact]
    public void Validate_IndicatorPointsNotMatchingBlock_ReportsTheBlock()
    {
        var error = Assert.Single(Errors(WithIndicator(0, i => i with { Points = 5 })));

        Assert.Equal("$.scoring.blocks[0].points", error.JsonPath);
        Assert.Contains("41", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BlocksNotAddingUpTo100_IsReported()
    {
        var rules = GbT27922Section.As();
        var blocks = rules.Blocks.ToList();
        blocks[2] = blocks[2] with { Points = 26 };

        var paths = Errors(rules with { Blocks = blocks }).Select(e => e.JsonPath);

        Assert.Equal(["$.scoring.blocks", "$.scoring.blocks[2].points"], paths);
    }

    [Fact]
    public void Validate_PerItemRuleWithoutPerItem_IsReported()
    {
        var error = Assert.Single(Errors(WithIndicator(7, i => i with { PerItem = null })));

        Assert.Equal("$.scoring.indicators[7].perItem", error.JsonPath);
    }

    [Fact]
    public void Validate_AnyFailZeroWithPerItem_IsReported()
    {
        var error = Assert.Single(Errors(WithIndicator(1, i => i with { PerItem = 3 })));

        Assert.Equal("$.scoring.indicators[1].perItem", error.JsonPath);
    }

    [Fact]
    public void Validate_PerItemExceedingPoints_AsksForFloorZeroRule()
    {
        var error = Assert.Single(Errors(WithIndicator(10, i => i with { Rule = DeductionRule.PerItem })));

        Assert.Equal("$.scoring.indicators[10].perItem", error.JsonPath);
        Assert.Contains("perItemFloorZero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FloorZeroThatNeverFloors_IsReported()
    {
        var error = Assert.Single(Errors(WithIndicator(7, i => i with { Rule = DeductionRule.PerItemFloorZero, PerItem = 1 })));

        Assert.Equal("$.scoring.indicators[7].perItem", error.JsonPath);
    }

    [Fact]
    public void Validate_ExcludableOutsideExcludableBlock_IsReportedPer004Annex1Clause2_2()
    {
        var error = Assert.Single(Errors(WithIndicator(1, i => i with { Excludable = true })));

        Assert.Equal("$.scoring.indicators[1].excludable", error.JsonPath);
        Assert.Contains("004 附件一 2.2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownBlock_IsReported()
    {
        var errors = Errors(WithIndicator(0, i => i with { Block = "售后体系" }));

        Assert.Contains(errors, e => e.JsonPath == "$.scoring.indicators[0].block");
    }

    [Fact]
    public void Validate_ZeroItems_IsReported()
    {
        var errors = Errors(WithIndicator(2, i => i with { Items = 0 }));

        Assert.Contains(errors, e => e.JsonPath == "$.scoring.indicators[2].items");
    }

    [Fact]
    public void Validate_DuplicateIndicatorName_IsReported()
    {
        var errors = Errors(WithIndicator(3, i => i with { Name = "组织架构" }));

        Assert.Contains(errors, e => e.JsonPath == "$.scoring.indicators[3].name");
    }

    [Fact]
    public void Validate_LowestBandAbovePassMark_IsReported()
    {
        var rules = GbT27922Section.As();

        var error = Assert.Single(Errors(rules with { Bands = rules.Bands.Take(3).ToList() }));

        Assert.Equal("$.scoring.bands", error.JsonPath);
    }

    [Fact]
    public void Validate_DuplicateBandMinimum_IsReported()
    {
        var rules = GbT27922Section.As();
        var bands = rules.Bands.ToList();
        bands[1] = bands[1] with { Minimum = 95 };

        var error = Assert.Single(Errors(rules with { Bands = bands }));

        Assert.Equal("$.scoring.bands[1].minimum", error.JsonPath);
    }

    [Fact]
    public void Validate_BadCountsAndPassMark_AreReported()
    {
        var rules = GbT27922Section.As() with { PassMark = 120, SpecialDeductionFailCount = 0, BonusMaximum = -1 };

        var paths = Errors(rules).Select(e => e.JsonPath).ToList();

        Assert.Contains("$.scoring.passMark", paths);
        Assert.Contains("$.scoring.specialDeductionFailCount", paths);
        Assert.Contains("$.scoring.bonusMaximum", paths);
    }
}
