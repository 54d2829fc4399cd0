using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Cli;

public sealed class ScoreCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamscert-score-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Input(string json)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Score_AsExampleFromIssue_95Point83FiveStar()
    {
        var file = Input("""{"excluded":["配送"],"failedItems":{"维修":[1,2]},"specialDeductions":0,"bonus":0}""");

        var (exit, json) = CliRunner.Run("score", "--scheme", "AS", "--input", file);

        Assert.Equal(0, exit);
        Assert.Equal(95.83m, json.GetProperty("score").GetDecimal());
        Assert.True(json.GetProperty("passed").GetBoolean());
        Assert.Equal("五星级", json.GetProperty("grade").GetString());
    }

    [Fact]
    public void Score_AsFiveSpecialDeductions_FailsWithNullGrade()
    {
        var file = Input("""{"excluded":[],"failedItems":{},"specialDeductions":5,"bonus":0}""");

        var (exit, json) = CliRunner.Run("score", "--scheme", "AS", "--input", file);

        Assert.Equal(0, exit);
        Assert.False(json.GetProperty("passed").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("grade").ValueKind);
    }

    [Fact]
    public void Score_AsExcludingSystemIndicator_RefusedCitingAnnex22()
    {
        var file = Input("""{"excluded":["组织架构"],"failedItems":{},"specialDeductions":0,"bonus":0}""");

        var (exit, json) = CliRunner.Run("score", "--scheme", "AS", "--input", file);

        Assert.Equal(3, exit);
        Assert.Contains("2.2", json.GetProperty("error").GetProperty("ruleId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_TelFourStarVector_AwardsFourStar()
    {
        var file = Input("""
            {"parts":{"1.0":{"items":50,"methodCompliant":50,"executed":46},"2.0":{"items":50,"methodCompliant":50,"executed":46},
                      "3.0":{"items":50,"methodCompliant":50,"executed":46},"4.0":{"items":50,"methodCompliant":50,"executed":46},
                      "5.0":{"items":100,"methodCompliant":85,"executed":72}},"totalScore":3250}
            """);

        var (exit, json) = CliRunner.Run("score", "--scheme", "TEL", "--input", file);

        Assert.Equal(0, exit);
        Assert.Equal("四星级", json.GetProperty("grade").GetString());
    }

    [Fact]
    public void Score_LsBelowMinimum_ListsIndicator()
    {
        var file = Input("""
            {"weighted":{"服务质量评价":85,"服务效率评价":80,"服务效果评价":90,"组织管理评价":88,"从业人员管理评价":86,
                         "技术能力管理评价":90,"服务质量管理评价":87,"客户关系管理评价":85},
             "lift":{"行业影响力":50},"subIndicators":{"制度建设":84}}
            """);

        var (exit, json) = CliRunner.Run("score", "--scheme", "LS", "--input", file);

        Assert.Equal(0, exit);
        Assert.Contains(json.GetProperty("belowMinimum").EnumerateArray(), e => e.GetString() == "制度建设");
        Assert.True(json.GetProperty("composite").GetDecimal() > 80m);
    }

    [Fact]
    public void Score_MistypedInputField_NamesItsPath()
    {
        var file = Input("""{"excluded":[],"failedItem":{},"specialDeductions":0,"bonus":0}""");

        var (exit, json) = CliRunner.Run("score", "--scheme", "AS", "--input", file);

        Assert.Equal(2, exit);
        Assert.Contains("failedItem", json.GetProperty("error").GetProperty("field").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MissingFile_NamesInputField()
    {
        var (exit, json) = CliRunner.Run("score", "--scheme", "AS", "--input", Path.Combine(_folder, "nope.json"));

        Assert.Equal(2, exit);
        Assert.Equal("input", json.GetProperty("error").GetProperty("field").GetString());
    }
}
