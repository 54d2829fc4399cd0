using System.Text.Json.Nodes;
using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.UnitTests.Schemes;

public sealed class SchemeRuleSetLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamscert-schemes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static JsonNode BuiltIn(string scheme) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RulesData", "schemes", $"{scheme}.v1.json")))!;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private RuleDataException Refused(string name, string text) =>
        Assert.Throws<RuleDataException>(() => SchemeRuleSetLoader.LoadFile(Write(name, text)));

    [Theory]
    [InlineData("LS")]
    [InlineData("CC9")]
    [InlineData("TEL")]
    [InlineData("AS")]
    public void LoadFile_BuiltInFile_Loads(string scheme)
    {
        var ruleSet = SchemeRuleSetLoader.LoadFile(Write($"{scheme}.v1.json", BuiltIn(scheme).ToJsonString()));

        Assert.Equal(scheme, ruleSet.Scheme);
    }

    [Fact]
    public void LoadFile_MalformedJson_NamesFileAndLine()
    {
        var error = Refused("TEL.v1.json", "{\n  \"scheme\": \"TEL\",\n  \"version\": \n}");

        Assert.Contains("TEL.v1.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_UnknownProperty_NamesItsPath()
    {
        var json = BuiltIn("TEL");
        json["deadlines"]![0]!["valu"] = 3;

        var error = Refused("TEL.v1.json", json.ToJsonString());

        Assert.Contains("$.deadlines[0].valu", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_UnknownDeadlineKind_NamesItsPath()
    {
        var json = BuiltIn("AS");
        json["deadlines"]![2]!["kind"] = "soonish";

        var error = Refused("AS.v1.json", json.ToJsonString());

        Assert.Contains("$.deadlines[2].kind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_MissingRequiredSection_SaysWhichMember()
    {
        var json = BuiltIn("LS").AsObject();
        json.Remove("outcomes");

        var error = Refused("LS.v1.json", json.ToJsonString());

        Assert.Contains("outcomes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_InconsistentContent_ListsEveryProblemWithPaths()
    {
        var json = BuiltIn("TEL");
        json["deadlines"]![1]!["id"] = "TEL-D01";
        json["deadlines"]![2]!["value"] = 0;
        json["effectiveFrom"] = "2025-02-01";
        json["effectiveTo"] = "2025-01-01";
        json["policies"]!["A-18"] = "roundDownPlease";

        var error = Refused("TEL.v1.json", json.ToJsonString());

        Assert.Contains(error.Errors, e => e.JsonPath == "$.deadlines[1].id" && e.Message.Contains("more than once", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.JsonPath == "$.deadlines[2].value");
        Assert.Contains(error.Errors, e => e.JsonPath == "$.effectiveTo");
        Assert.Contains(error.Errors, e => e.JsonPath == "$.policies.A-18");
    }

    [Fact]
    public void LoadFile_NameDisagreesWithContent_Refused()
    {
        var error = Refused("AS.v2.json", BuiltIn("AS").ToJsonString());

        Assert.Contains(error.Errors, e => e.JsonPath == "$.scheme" && e.Message.Contains("v2", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadCatalog_OperatorAddsNewVersion_BecomesLatest()
    {
        var json = BuiltIn("AS");
        json["version"] = "2";
        json["effectiveFrom"] = "2027-01-01";
        Write("AS.v2.json", json.ToJsonString());

        var catalog = SchemeRuleSetLoader.LoadCatalog(Path.Combine(AppContext.BaseDirectory, "RulesData", "schemes"), _folder);

        Assert.Equal("2", catalog.Latest("AS").Version);
        Assert.Equal("1", catalog.ForNewApplication("AS", new DateOnly(2026, 11, 23)).Version);
    }

    [Fact]
    public void LoadCatalog_OperatorRedefinesBuiltInVersion_Refused()
    {
        Write("AS.v1.json", BuiltIn("AS").ToJsonString());

        var error = Assert.Throws<RuleDataException>(
            () => SchemeRuleSetLoader.LoadCatalog(Path.Combine(AppContext.BaseDirectory, "RulesData", "schemes"), _folder));

        Assert.Contains("defined twice", error.Message, StringComparison.Ordinal);
    }
}
