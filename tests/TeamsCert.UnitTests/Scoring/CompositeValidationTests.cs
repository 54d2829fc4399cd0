using TeamsCert.Domain.Rules;
using TeamsCert.Domain.Scoring;

namespace TeamsCert.UnitTests.Scoring;

// Consistency checks of the composite $.scoring section, each located by its JSON path.
public class CompositeValidationTests
{
    private static IReadOnlyList<RuleDataError> Errors(CompositeScoringRules rules) => RuleJson.Errors(rules, "$.scoring");

    private static CompositeScoringRules WithWeighted(int index, Func<WeightedIndicator, WeightedIndicator> change)
    {
        var rules = CompositeSections.Ls();
        var weighted = rules.Weighted.ToList();
        weighted[index] = change(weighted[index]);
        return rules with { Weighted = weighted };
    }

    [Fact]
    public void Validate_WeightsNotAddingUpToGroupTotal_ReportsTheGroup()
    {
        var error = Assert.Single(Errors(WithWeighted(0, w => w with { Weight = 24 })));

        Assert.Equal("$.scoring.groupTotals.characteristic", error.JsonPath);
        Assert.Contains("59", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IndicatorMovedToOtherGroup_ReportsBothGroups()
    {
        var paths = Errors(WithWeighted(7, w => w with { Group = CompositeGroup.Characteristic })).Select(e => e.JsonPath);

        Assert.Equal(["$.scoring.groupTotals.characteristic", "$.scoring.groupTotals.management"], paths);
    }

    [Fact]
    public void Validate_GroupTotalsNotHundred_IsReported()
    {
        var rules = CompositeSections.Ls();
        var errors = Errors(rules with { GroupTotals = new CompositeGroupTotals { Characteristic = 60, Management = 45 } });

        Assert.Contains(errors, e => e.JsonPath == "$.scoring.groupTotals" && e.Message.Contains("105", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath == "$.scoring.groupTotals.management");
    }

    [Fact]
    public void Validate_DuplicateWeightedName_IsReported()
    {
        var errors = Errors(WithWeighted(1, w => w with { Name = "服务质量评价" }));

        Assert.Contains(errors, e => e.JsonPath == "$.scoring.weighted[1].name" && e.Message.Contains("duplicate", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NonPositiveWeight_IsReported()
    {
        var errors = Errors(WithWeighted(2, w => w with { Weight = 0 }));

        Assert.Contains(errors, e => e.JsonPath == "$.scoring.weighted[2].weight");
    }

    [Fact]
    public void Validate_BadLiftWeight_IsReported()
    {
        var rules = CompositeSections.Cc9();
        var lift = rules.Lift.ToList();
        lift[0] = lift[0] with { Weight = -3 };

        var error = Assert.Single(Errors(rules with { Lift = lift }));

        Assert.Equal("$.scoring.lift[0].weight", error.JsonPath);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Validate_MinimumOutsideScale_IsReportedA22(double minimum)
    {
        var rules = CompositeSections.Ls();
        var minima = rules.Minima.ToList();
        minima[2] = minima[2] with { Minimum = (decimal)minimum };

        var error = Assert.Single(Errors(rules with { Minima = minima }));

        Assert.Equal("$.scoring.minima[2].minimum", error.JsonPath);
    }

    [Fact]
    public void Validate_NoWeightedIndicators_IsReported()
    {
        var errors = Errors(CompositeSections.Ls() with { Weighted = [] });

        Assert.Contains(errors, e => e.JsonPath == "$.scoring.weighted");
    }

    [Fact]
    public void Constructor_InvalidRules_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => new CompositeScoringCalculator(WithWeighted(0, w => w with { Weight = 24 })));

        Assert.Contains("$.scoring.groupTotals.characteristic", error.Message, StringComparison.Ordinal);
    }
}
