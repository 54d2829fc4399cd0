using TeamsCert.Domain;
using TeamsCert.Domain.Rules;
using TeamsCert.Domain.Scoring;

namespace TeamsCert.UnitTests.Scoring;

// Consistency checks of the TEL star-level $.scoring section (002 §6).
public class StarLevelValidationTests
{
    private static IReadOnlyList<RuleDataError> Errors(StarLevelScoringRules rules) => RuleJson.Errors(rules, "$.scoring");

    private static StarLevelScoringRules WithLevel(int index, Func<StarLevel, StarLevel> change)
    {
        var rules = StarLevelSection.Tel();
        var levels = rules.Levels.ToList();
        levels[index] = change(levels[index]);
        return rules with { Levels = levels };
    }

    [Fact]
    public void Validate_DuplicateRank_IsReported()
    {
        var error = Assert.Single(Errors(WithLevel(1, l => l with { Rank = 5 })));

        Assert.Equal("$.scoring.levels[1].rank", error.JsonPath);
    }

    [Fact]
    public void Validate_DuplicateLevelName_IsReported()
    {
        var error = Assert.Single(Errors(WithLevel(3, l => l with { Name = new LocalizedText("三星级", "Three-star") })));

        Assert.Equal("$.scoring.levels[3].name.zhCn", error.JsonPath);
    }

    [Fact]
    public void Validate_Part5ListedAsCorePart_IsReported()
    {
        var error = Assert.Single(Errors(WithLevel(0, l => l with { CoreParts = ["1.0", "2.0", "3.0", "4.0", "5.0"] })));

        Assert.Equal("$.scoring.levels[0].coreParts[4]", error.JsonPath);
    }

    [Fact]
    public void Validate_DuplicateCorePart_IsReported()
    {
        var error = Assert.Single(Errors(WithLevel(2, l => l with { CoreParts = ["1.0", "2.0", "2.0"] })));

        Assert.Equal("$.scoring.levels[2].coreParts[2]", error.JsonPath);
    }

    [Fact]
    public void Validate_PercentagesOutsideScale_AreReported()
    {
        var errors = Errors(WithLevel(1, l => l with
        {
            MethodMinimum = 120,
            Part5 = new PartThreshold { MethodMinimum = 80, ExecutedMinimum = -1 },
        }));

        Assert.Equal(["$.scoring.levels[1].methodMinimum", "$.scoring.levels[1].part5.executedMinimum"], errors.Select(e => e.JsonPath));
    }

    [Fact]
    public void Validate_NegativeTotalMinimum_IsReported()
    {
        var error = Assert.Single(Errors(WithLevel(3, l => l with { TotalMinimum = -1 })));

        Assert.Equal("$.scoring.levels[3].totalMinimum", error.JsonPath);
    }

    [Fact]
    public void Validate_NoLevels_IsReported()
    {
        var error = Assert.Single(Errors(StarLevelSection.Tel() with { Levels = [] }));

        Assert.Equal("$.scoring.levels", error.JsonPath);
    }

    [Fact]
    public void Constructor_InvalidRules_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => new StarLevelCalculator(WithLevel(1, l => l with { Rank = 5 })));

        Assert.Contains("$.scoring.levels[1].rank", error.Message, StringComparison.Ordinal);
    }
}
