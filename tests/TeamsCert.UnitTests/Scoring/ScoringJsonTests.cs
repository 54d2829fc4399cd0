using System.Text.Json;
using TeamsCert.Domain.AuditTime;
using TeamsCert.Domain.Scoring;

namespace TeamsCert.UnitTests.Scoring;

// $.scoring sections and the CLI input shapes, read with the loader's serializer settings.
public class ScoringJsonTests
{
    public static TheoryData<string> AllSections => new()
    {
        CompositeSections.LsJson,
        CompositeSections.Cc9Json,
        StarLevelSection.TelJson,
        GbT27922Section.AsJson,
    };

    [Theory]
    [MemberData(nameof(AllSections))]
    public void Deserialize_SchemeSections_PassValidation(string json)
    {
        Assert.Empty(RuleJson.Errors(RuleJson.Read<ScoringRules>(json), "$.scoring"));
    }

    [Fact]
    public void Deserialize_LsSection_ReadsSeedNamesWeightsAndMinima()
    {
        var rules = CompositeSections.Ls();

        Assert.Equal(8, rules.Weighted.Count);
        Assert.Equal(new WeightedIndicator { Name = "从业人员管理评价", Group = CompositeGroup.Management, Weight = 8 }, rules.Weighted[4]);
        Assert.Equal(18m, rules.Lift.Sum(l => l.Weight));
        Assert.Equal(LiftGroup.Social, rules.Lift.Single(l => l.Name == "环境保护贡献").Group);
        Assert.Equal(14, rules.Minima.Count);
        Assert.Equal(new SubIndicatorMinimum { Section = "9.3.1", Name = "技术体系建设", Minimum = 90 }, rules.Minima[8]);
    }

    [Fact]
    public void Deserialize_Cc9Section_ReadsSeedNamesWeightsAndMinima()
    {
        var rules = CompositeSections.Cc9();

        Assert.Equal(["战略规划评价", "运营过程评价", "人员管理评价", "系统管理评价"], rules.Weighted.Where(w => w.Group == CompositeGroup.Management).Select(w => w.Name));
        Assert.Equal(18, rules.Minima.Count);
        Assert.Equal(90m, rules.Minima.Single(m => m.Name == "信息安全管理").Minimum);
    }

    [Fact]
    public void Deserialize_TelSection_ReadsStarLevelsWithLocalizedNames()
    {
        var rules = StarLevelSection.Tel();

        Assert.Equal(["五星级", "四星级", "三星级", "达标级"], rules.Levels.Select(l => l.Name.ZhCn));
        Assert.Equal(CoreAggregation.PerPart, rules.Levels[0].CoreAggregation);
        Assert.Equal(CoreAggregation.Aggregate, rules.Levels[1].CoreAggregation);
        Assert.Equal(new PartThreshold { MethodMinimum = 80, ExecutedMinimum = 70 }, rules.Levels[1].Part5);
        Assert.Null(rules.Levels[2].Part5);
        Assert.Equal(2500m, rules.Levels[3].TotalMinimum);
    }

    [Fact]
    public void Deserialize_AsSection_ReadsAnnex1Sheet()
    {
        var rules = GbT27922Section.As();

        Assert.Equal([40m, 35m, 25m], rules.Blocks.Select(b => b.Points));
        Assert.True(rules.Blocks[1].ExclusionsAllowed);
        Assert.Equal(15, rules.Indicators.Count);
        Assert.Equal(DeductionRule.PerItemFloorZero, rules.Indicators.Single(i => i.Name == "顾客关系").Rule);
        Assert.Equal(["商品信息", "技术支持", "配送", "维修", "质量保证", "废弃商品回收"], rules.Indicators.Where(i => i.Excludable).Select(i => i.Name));
        Assert.Equal("三星级", rules.Bands.Single(b => b.Minimum == 80).Name.ZhCn);
    }

    [Fact]
    public void Serialize_ScoringRules_RoundTripsWithModelDiscriminator()
    {
        ScoringRules rules = GbT27922Section.As();

        var json = RuleJson.Write(rules);
        var again = (GbT27922ScoringRules)RuleJson.Read<ScoringRules>(json);

        Assert.StartsWith("{\"model\":\"gbt27922\"", json, StringComparison.Ordinal);
        Assert.Equal(GbT27922Section.As().Indicators, again.Indicators);
    }

    [Fact]
    public void Deserialize_UnknownDeductionRule_ThrowsJsonException()
    {
        var json = GbT27922Section.AsJson.Replace("\"anyFailZero\"", "\"mostFailZero\"", StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => RuleJson.Read<ScoringRules>(json));
    }

    [Fact]
    public void Deserialize_AsCliInput_Scores95_83()
    {
        var input = RuleJson.Read<GbT27922Input>("""{"excluded":["配送"],"failedItems":{"维修":[1,2]},"specialDeductions":0,"bonus":0}""");

        var result = new GbT27922Calculator(GbT27922Section.As()).Calculate(input);

        Assert.Equal(AuditKind.Initial, input.Kind);
        Assert.Equal(95.83m, result.Score);
    }

    [Fact]
    public void Deserialize_AsCliInputWithKind_ReadsSurveillanceA35()
    {
        var input = RuleJson.Read<GbT27922Input>("""{"kind":"surveillance","specialDeductions":5}""");

        Assert.Equal(AuditKind.Surveillance, input.Kind);
        Assert.Empty(input.Excluded);
        Assert.Empty(input.FailedItems);
    }

    [Fact]
    public void Deserialize_TelCliInput_AwardsFourStar()
    {
        const string json = """
            {"parts":{"1.0":{"items":20,"methodCompliant":20,"executed":18},"2.0":{"items":30,"methodCompliant":30,"executed":28},
            "3.0":{"items":25,"methodCompliant":25,"executed":23},"4.0":{"items":25,"methodCompliant":25,"executed":23},
            "5.0":{"items":10,"methodCompliant":9,"executed":8}},"totalScore":3250}
            """;

        var input = RuleJson.Read<StarLevelInput>(json);
        var result = new StarLevelCalculator(StarLevelSection.Tel()).Calculate(input);

        Assert.Equal(new PartTally(30, 30, 28), input.Parts["2.0"]);
        Assert.Equal("四星级", result.Grade);
    }

    [Fact]
    public void Deserialize_LsCliInput_ComputesCompositeAndListsNotAssessed()
    {
        const string json = """
            {"weighted":{"服务质量评价":85,"服务效率评价":80,"服务效果评价":90,"组织管理评价":70,"从业人员管理评价":75,
            "技术能力管理评价":80,"服务质量管理评价":90,"客户关系管理评价":100},"lift":{"行业影响力":50},
            "subIndicators":{"制度建设":84},"majorNonconformities":0}
            """;

        var input = RuleJson.Read<CompositeScoringInput>(json);
        var result = new CompositeScoringCalculator(CompositeSections.Ls()).Calculate(input);

        Assert.Equal(21.25m + 16m + 13.5m, result.Characteristic);
        Assert.Equal(7m + 6m + 8m + 6.3m + 5m, result.Management);
        Assert.Equal(84.55m, result.Composite);
        Assert.Equal(["制度建设"], result.BelowMinimum);
        Assert.Equal(13, result.NotAssessed.Count);
        Assert.False(result.Passed);
    }
}
