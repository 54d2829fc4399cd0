using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TeamsCert.Cli.Manifest;
using TeamsCert.Domain;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Manifest;

public sealed class ManifestPackCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamscert-manifest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Pack_SampleConfig_ZipHoldsExactlyTheFilledFilesAtItsRoot()
    {
        var (exit, json, zip) = ManifestSamples.Pack(_folder);

        Assert.Equal(0, exit);
        var entries = ManifestSamples.Entries(zip);
        Assert.Equal(["color.png", "en-us.json", "manifest.json", "outline.png"], entries.Keys.Order(StringComparer.Ordinal));
        foreach (var text in entries.Where(e => e.Key.EndsWith(".json", StringComparison.Ordinal)).Select(e => Encoding.UTF8.GetString(e.Value)))
        {
            Assert.DoesNotContain("${{", text, StringComparison.Ordinal);
        }

        var manifest = JsonNode.Parse(entries["manifest.json"])!;
        Assert.Equal(ManifestSamples.TeamsAppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(ManifestSamples.BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal($"{ManifestSamples.BaseUrl}/tab", manifest["staticTabs"]![0]!["contentUrl"]!.GetValue<string>());
        Assert.Equal($"api://teamscert.contoso.cn/{ManifestSamples.AadAppId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Equal("teamscert.contoso.cn", manifest["validDomains"]![0]!.GetValue<string>());
        Assert.Equal("zh-cn", manifest["localizationInfo"]!["defaultLanguageTag"]!.GetValue<string>());
    }

    [Fact]
    public void Pack_Output_NamesPathValuesAndTheZipsSha256()
    {
        var (exit, json, zip) = ManifestSamples.Pack(_folder, "--set", "APP_VERSION=2.3.4");

        Assert.Equal(0, exit);
        Assert.Equal(Path.GetFullPath(zip), json.GetProperty("output").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(zip))), json.GetProperty("sha256").GetString());
        var values = json.GetProperty("values");
        Assert.Equal(ManifestSamples.BotId, values.GetProperty("BOT_ID").GetString());
        Assert.Equal(ManifestSamples.BaseUrl, values.GetProperty("APP_BASE_URL").GetString());
        Assert.Equal("teamscert.contoso.cn", values.GetProperty("APP_DOMAIN").GetString());
        Assert.Equal("2.3.4", values.GetProperty("APP_VERSION").GetString());
        Assert.Equal("2.3.4", JsonNode.Parse(ManifestSamples.Entries(zip)["manifest.json"])!["version"]!.GetValue<string>());
    }

    [Fact]
    public void Pack_Icons_ArePngsOfTheRightSizeAndTheOutlineIsWhiteOnTransparent()
    {
        var (exit, _, zip) = ManifestSamples.Pack(_folder);
        var entries = ManifestSamples.Entries(zip);

        Assert.Equal(0, exit);
        var colour = PngImage.Read(entries["color.png"]);
        Assert.Equal((192, 192), (colour.Width, colour.Height));
        var outline = PngImage.Read(entries["outline.png"]);
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        var pixels = outline.Pixels();
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Fact]
    public void Pack_SameValuesTwice_SameBytes()
    {
        var (_, first, _) = ManifestSamples.Pack(_folder);
        var (_, second, _) = ManifestSamples.Pack(_folder);

        Assert.Equal(first.GetProperty("sha256").GetString(), second.GetProperty("sha256").GetString());
    }

    [Fact]
    public void Pack_AsProcess_FindsTheTemplateBesideTheBinaryAndExitsZero()
    {
        var zip = Path.Combine(_folder, "process.zip");
        var (exit, stdout) = CliRunner.RunProcess("manifest", "pack", "--config", ManifestSamples.WriteConfig(_folder), "--out", zip);

        Assert.Equal(0, exit);
        Assert.Equal(Path.GetFullPath(zip), CliRunner.Parse(stdout).GetProperty("output").GetString());
        Assert.True(File.Exists(zip));
    }

    [Fact]
    public void Pack_MissingTeamsAppId_Exit2NamesTheKeyAndPlaceholder()
    {
        var config = ManifestSamples.WriteConfig(_folder, "Teams:AppId");

        var (exit, json) = CliRunner.Run("manifest", "pack", "--config", config, "--out", Path.Combine(_folder, "x.zip"));

        Assert.Equal(2, exit);
        var error = json.GetProperty("error");
        Assert.Equal("Teams:AppId", error.GetProperty("field").GetString());
        Assert.Contains("${{TEAMS_APP_ID}}", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "x.zip")));
    }

    [Theory]
    [InlineData("BOT_ID=not-a-guid", "Bot:AppId")]
    [InlineData("Bot:AppId=00000000-0000-0000-0000-000000000000", "Bot:AppId")]
    [InlineData("AAD_APP_ID={11111111-2222-4333-8444-555555555555}", "AzureAd:ClientId")]
    [InlineData("App:PublicBaseUrl=http://teamscert.contoso.cn", "App:PublicBaseUrl")]
    [InlineData("APP_BASE_URL=teamscert.contoso.cn", "App:PublicBaseUrl")]
    [InlineData("APP_BASE_URL=https://teamscert.contoso.cn/?x=1", "App:PublicBaseUrl")]
    [InlineData("APP_VERSION=1.2", "Teams:AppVersion")]
    [InlineData("APP_DOMAIN=example.com", "set")]
    [InlineData("BOT_ID", "set")]
    public void Pack_MalformedValue_Exit2NamesTheField(string set, string field)
    {
        var (exit, json, _) = ManifestSamples.Pack(_folder, "--set", set);

        Assert.Equal(2, exit);
        Assert.Equal(field, json.GetProperty("error").GetProperty("field").GetString());
    }

    [Fact]
    public void Pack_HttpLocalhost_IsAcceptedForLocalTesting()
    {
        var (exit, json, _) = ManifestSamples.Pack(_folder, "--set", "App:PublicBaseUrl=http://localhost:5080", "--set", "BOT_ID=2a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d");

        Assert.Equal(0, exit);
        Assert.Equal("localhost", json.GetProperty("values").GetProperty("APP_DOMAIN").GetString());
        Assert.Equal("2a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d", json.GetProperty("values").GetProperty("BOT_ID").GetString());
    }

    [Fact]
    public void Fill_PlaceholderWithoutValue_IsRefusedAndNamed()
    {
        var values = new Dictionary<string, string> { ["BOT_ID"] = ManifestSamples.BotId };

        var error = Assert.Throws<InvalidInputException>(() => ManifestPackage.Fill("manifest.json", """{"a":"${{BOT_ID}}","b":"${{NEW_THING}}"}""", values));

        Assert.Equal("NEW_THING", error.Field);
    }

    [Fact]
    public void Fill_MalformedPlaceholder_IsNotLeftInThePackage()
    {
        var error = Assert.Throws<InvalidInputException>(() => ManifestPackage.Fill("en-us.json", """{"a":"${{ bot_id }}"}""", new Dictionary<string, string>()));

        Assert.Equal("en-us.json", error.Field);
    }
}
