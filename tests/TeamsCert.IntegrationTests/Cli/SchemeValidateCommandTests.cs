using System.Text.Json.Nodes;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Cli;

public sealed class SchemeValidateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamscert-validate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static JsonNode BuiltIn(string scheme) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RulesData", "schemes", $"{scheme}.v1.json")))!;

    [Fact]
    public void Validate_BuiltInFile_Valid()
    {
        var (exit, json) = CliRunner.Run("scheme", "validate", Path.Combine(AppContext.BaseDirectory, "RulesData", "schemes", "AS.v1.json"));

        Assert.Equal(0, exit);
        Assert.True(json.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void Validate_InconsistentScoringSheet_Exit4WithFileAndPath()
    {
        var scheme = BuiltIn("AS");
        scheme["scoring"]!["blocks"]![0]!["points"] = 41;
        var path = Path.Combine(_folder, "AS.v1.json");
        File.WriteAllText(path, scheme.ToJsonString());

        var (exit, stdout) = CliRunner.RunProcess("scheme", "validate", path);
        var error = CliRunner.Parse(stdout).GetProperty("error");

        Assert.Equal(4, exit);
        Assert.Equal("AS.v1.json", error.GetProperty("file").GetString());
        Assert.Contains(error.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString()!.StartsWith("$.scoring.blocks[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ExemptTriggerNotInCertificateTransitions_Refused()
    {
        var scheme = BuiltIn("AS");
        var deadlines = scheme["deadlines"]!.AsArray();
        deadlines.First(d => d!["id"]!.GetValue<string>() == "AS-D09")!["exemptTriggers"] = new JsonArray("licence-expiry");
        var path = Path.Combine(_folder, "AS.v1.json");
        File.WriteAllText(path, scheme.ToJsonString());

        var (exit, json) = CliRunner.Run("scheme", "validate", path);

        Assert.Equal(4, exit);
        Assert.Contains(json.GetProperty("error").GetProperty("errors").EnumerateArray(),
            e => e.GetProperty("path").GetString()!.EndsWith(".exemptTriggers", StringComparison.Ordinal));
    }
}
