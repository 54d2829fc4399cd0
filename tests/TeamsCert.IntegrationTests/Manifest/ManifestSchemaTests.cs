using System.Text;
using System.Text.Json.Nodes;
using NJsonSchema;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Manifest;

/// <summary>
/// The filled manifest and its localization file against the schemas of @microsoft/app-manifest (pinned in
/// .ci/node), read from the package files only. The schema version is the one manifest.json declares.
/// </summary>
public sealed class ManifestSchemaTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamscert-schema-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [NodeToolsFact]
    public async Task FilledManifest_ValidatesAgainstThePackageSchemaOfItsVersion()
    {
        var (manifest, _) = PackSample();

        var schema = await LoadAsync(manifest, "MicrosoftTeams.schema.json");

        var errors = schema.Validate(manifest.ToJsonString());
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
    }

    [NodeToolsFact]
    public async Task EnglishLocalization_ValidatesAgainstTheLocalizationSchemaOfTheSameVersion()
    {
        var (manifest, localization) = PackSample();
        Assert.Equal("en-us", manifest["localizationInfo"]!["additionalLanguages"]![0]!["languageTag"]!.GetValue<string>());

        var schema = await LoadAsync(manifest, "MicrosoftTeams.Localization.schema.json");

        var errors = schema.Validate(localization.ToJsonString());
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
        Assert.Equal("Manager dashboard", localization["staticTabs[0].name"]!.GetValue<string>());
    }

    [NodeToolsFact]
    public async Task BrokenManifestAndLocalization_AreReportedBySchema()
    {
        var (manifest, localization) = PackSample();
        manifest["bots"]![0]!["botId"] = "not-a-guid";
        manifest["accentColor"] = "blue";
        localization["name.shortish"] = "x";

        var manifestErrors = (await LoadAsync(manifest, "MicrosoftTeams.schema.json")).Validate(manifest.ToJsonString());
        var localizationErrors = (await LoadAsync(manifest, "MicrosoftTeams.Localization.schema.json")).Validate(localization.ToJsonString());

        Assert.Contains(manifestErrors, e => e.Path?.Contains("botId", StringComparison.Ordinal) == true || e.ToString().Contains("botId", StringComparison.Ordinal));
        Assert.Contains(manifestErrors, e => e.ToString().Contains("accentColor", StringComparison.Ordinal));
        Assert.Contains(localizationErrors, e => e.ToString().Contains("name.shortish", StringComparison.Ordinal));
    }

    [Fact]
    public void Template_SchemaUrlsMatchTheDeclaredManifestVersion()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "manifest");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        var localization = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "en-us.json")))!;
        var version = manifest["manifestVersion"]!.GetValue<string>();

        Assert.Equal($"https://developer.microsoft.com/en-us/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>());
        Assert.Equal($"https://developer.microsoft.com/en-us/json-schemas/teams/v{version}/MicrosoftTeams.Localization.schema.json", localization["$schema"]!.GetValue<string>());
    }

    private (JsonObject Manifest, JsonObject Localization) PackSample()
    {
        var (exit, _, zip) = ManifestSamples.Pack(_folder);
        Assert.Equal(0, exit);
        var entries = ManifestSamples.Entries(zip);
        return (JsonNode.Parse(Encoding.UTF8.GetString(entries["manifest.json"]))!.AsObject(),
            JsonNode.Parse(Encoding.UTF8.GetString(entries["en-us.json"]))!.AsObject());
    }

    private static Task<JsonSchema> LoadAsync(JsonObject manifest, string file)
    {
        var schemas = NodeTools.TeamsSchemas;
        var path = Path.Combine(schemas, $"v{manifest["manifestVersion"]!.GetValue<string>()}", file);
        Assert.True(File.Exists(path), $"{path} is missing from @microsoft/app-manifest");
        return JsonSchema.FromFileAsync(path, LocalSchemaResolver.Factory(schemas));
    }
}
