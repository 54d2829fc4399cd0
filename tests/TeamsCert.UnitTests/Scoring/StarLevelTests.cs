using TeamsCert.Domain;
using TeamsCert.Domain.Scoring;

namespace TeamsCert.UnitTests.Scoring;

// TEL star levels (002 §6; rules reference §2.6.3 vectors; A-25 aggregation as written).
public class StarLevelTests
{
    private static readonly string[] _coreParts = ["1.0", "2.0", "3.0", "4.0"];

    private static StarLevelInput Input(int method, int executed, decimal total, int? part5Method = null, int? part5Executed = null)
    {
        var parts = _coreParts.ToDictionary(p => p, _ => new PartTally(100, method, executed));
        if (part5Method is { } m)
        {
            parts["5.0"] = new PartTally(100, m, part5Executed ?? 0);
        }

        return new StarLevelInput { Parts = parts, TotalScore = total };
    }

    private static StarLevelResult Calculate(StarLevelInput input) => new StarLevelCalculator(StarLevelSection.Tel()).Calculate(input);

    public static TheoryData<StarLevelInput, string?, string?> ReferenceVectors => new()
    {
        { Input(92, 75, 2600), "达标级", "Compliant" },
        { Input(100, 85, 2800), "三星级", "Three-star" },
        { Input(100, 92, 3250, 85, 72), "四星级", "Four-star" },
        { Input(100, 100, 3400, 100, 95), "五星级", "Five-star" },
        { Input(100, 100, 2400), null, null },
    };

    [Theory]
    [MemberData(nameof(ReferenceVectors))]
    public void Calculate_TelReferenceVectors_AwardHighestLevelMet(StarLevelInput input, string? grade, string? gradeEn)
    {
        var result = Calculate(input);

        Assert.Equal(grade, result.Grade);
        Assert.Equal(gradeEn, result.GradeEn);
    }

    [Fact]
    public void Calculate_TelLevels_AreEvaluatedTopDownWithEveryCondition()
    {
        var result = Calculate(Input(100, 92, 3250, 85, 72));

        Assert.Equal([5, 4, 3, 2], result.Levels.Select(l => l.Rank));
        Assert.Equal([false, true, true, true], result.Levels.Select(l => l.Met));
        Assert.Equal(4, result.Rank);
        var fourStar = result.Levels[1];
        Assert.Equal(
            ["1.0–4.0.methodCompliant", "1.0–4.0.executed", "5.0.methodCompliant", "5.0.executed", "totalScore"],
            fourStar.Conditions.Select(c => c.Code));
        var executed = fourStar.Conditions[1];
        Assert.Equal(92m, executed.Actual);
        Assert.Equal(90m, executed.Required);
        Assert.True(executed.Met);
    }

    [Fact]
    public void Calculate_TelFiveStar_ChecksEachCorePartSeparatelyA25()
    {
        var result = Calculate(Input(100, 100, 3400, 100, 95));

        var fiveStar = result.Levels[0];
        Assert.Equal(11, fiveStar.Conditions.Count);
        Assert.Contains(fiveStar.Conditions, c => c.Code == "3.0.executed" && c.Met);
    }

    [Fact]
    public void Calculate_TelOneCorePartShort_FailsFiveStarPerPartButPassesFourStarAggregateA25()
    {
        var input = Input(100, 100, 3400, 100, 95);
        var parts = new Dictionary<string, PartTally>(input.Parts) { ["2.0"] = new PartTally(100, 100, 95) };

        var result = Calculate(input with { Parts = parts });

        Assert.Equal("四星级", result.Grade);
        var failed = Assert.Single(result.Levels[0].Conditions, c => !c.Met);
        Assert.Equal("2.0.executed", failed.Code);
        Assert.Equal("2.0 部分执行到位条目 95/100 = 95% < 100%", failed.Description.ZhCn);
        Assert.Equal(98.75m, result.Levels[1].Conditions.Single(c => c.Code == "1.0–4.0.executed").Actual);
    }

    [Fact]
    public void Calculate_TelPart5Missing_LevelsNeedingItNotMetAndExplained()
    {
        var result = Calculate(Input(100, 100, 3400));

        Assert.Equal("三星级", result.Grade);
        var missing = result.Levels[1].Conditions.Where(c => c.Code.StartsWith("5.0.", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, missing.Count);
        Assert.All(missing, c => Assert.Null(c.Actual));
        Assert.All(missing, c => Assert.False(c.Met));
        Assert.Contains("5.0 部分未提供评价数据", missing[0].Description.ZhCn, StringComparison.Ordinal);
        Assert.Contains("5.0 部分未提供评价数据", result.Explanation[1].Description.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_TelShareJustBelowMinimum_IsNotRoundedIntoAPass()
    {
        // 179/200 = 89.5 % must not pass a 90 % minimum.
        var parts = _coreParts.ToDictionary(p => p, _ => new PartTally(50, 45, 40));
        parts["4.0"] = new PartTally(50, 44, 40);

        var result = Calculate(new StarLevelInput { Parts = parts, TotalScore = 2600 });

        Assert.Null(result.Grade);
        Assert.Equal(89.5m, result.Levels[^1].Conditions[0].Actual);
    }

    [Fact]
    public void Calculate_TelExplanation_NamesEachLevelOutcomeAndTheGrade()
    {
        var result = Calculate(Input(92, 75, 2600));

        Assert.Equal(5, result.Explanation.Count);
        Assert.Equal("002 §6", result.Explanation[0].Source);
        Assert.StartsWith("五星级：未达到——", result.Explanation[0].Description.ZhCn, StringComparison.Ordinal);
        Assert.Equal("达标级：全部条件满足", result.Explanation[3].Description.ZhCn);
        Assert.Equal(ScoringStepCodes.Grade, result.Explanation[^1].Step);
        Assert.Equal("评定级别：达标级（满足条件的最高级别）", result.Explanation[^1].Description.ZhCn);
    }

    [Fact]
    public void Calculate_TelNothingMet_ExplainsNoLevelA25()
    {
        var result = Calculate(Input(100, 100, 2400));

        Assert.Null(result.Rank);
        Assert.Equal("未达到任何星级（含达标级）", result.Explanation[^1].Description.ZhCn);
        Assert.Contains("总分 2400 < 2500", result.Explanation[3].Description.ZhCn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2.0", 10, 5, 11, "parts.2.0.executed")]
    [InlineData("3.0", 10, -1, 5, "parts.3.0.methodCompliant")]
    [InlineData("1.0", 0, 0, 0, "parts.1.0.items")]
    [InlineData("5.0", 10, 11, 5, "parts.5.0.methodCompliant")]
    public void Calculate_TelInconsistentCounts_ThrowNamingTheField(string part, int items, int method, int executed, string field)
    {
        var input = Input(100, 100, 3400, 100, 95);
        var parts = new Dictionary<string, PartTally>(input.Parts) { [part] = new PartTally(items, method, executed) };

        var error = Assert.Throws<InvalidInputException>(() => Calculate(input with { Parts = parts }));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Calculate_TelUnknownPart_ThrowsNamingIt()
    {
        var input = Input(100, 100, 3400);
        var parts = new Dictionary<string, PartTally>(input.Parts) { ["6.0"] = new PartTally(1, 1, 1) };

        var error = Assert.Throws<InvalidInputException>(() => Calculate(input with { Parts = parts }));

        Assert.Equal("parts.6.0", error.Field);
    }

    [Fact]
    public void Calculate_TelMissingCorePart_ThrowsNamingIt()
    {
        var input = Input(100, 100, 3400);
        var parts = new Dictionary<string, PartTally>(input.Parts);
        parts.Remove("3.0");

        var error = Assert.Throws<InvalidInputException>(() => Calculate(input with { Parts = parts }));

        Assert.Equal("parts.3.0", error.Field);
    }

    [Fact]
    public void Calculate_TelNegativeTotal_ThrowsNamingTotalScore()
    {
        var error = Assert.Throws<InvalidInputException>(() => Calculate(Input(100, 100, -1)));

        Assert.Equal("totalScore", error.Field);
    }
}
