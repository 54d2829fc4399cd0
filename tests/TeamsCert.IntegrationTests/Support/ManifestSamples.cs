using System.IO.Compression;
using System.Text.Json;

namespace TeamsCert.IntegrationTests.Support;

/// <summary>Sample configuration for <c>manifest pack</c> and helpers to read the package it writes.</summary>
internal static class ManifestSamples
{
    public const string TeamsAppId = "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b";
    public const string BotId = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d";
    public const string AadAppId = "11111111-2222-4333-8444-555555555555";
    public const string BaseUrl = "https://teamscert.contoso.cn";

    /// <summary>An appsettings-shaped file with every key, minus the ones named in <paramref name="without"/>.</summary>
    public static string WriteConfig(string folder, params string[] without)
    {
        var sections = new Dictionary<string, Dictionary<string, string>>
        {
            ["Teams"] = new() { ["AppId"] = TeamsAppId },
            ["Bot"] = new() { ["AppId"] = BotId },
            ["AzureAd"] = new() { ["ClientId"] = AadAppId, ["TenantId"] = "common" },
            ["App"] = new() { ["PublicBaseUrl"] = BaseUrl + "/" },
        };
        foreach (var key in without)
        {
            var parts = key.Split(':');
            sections[parts[0]].Remove(parts[1]);
        }

        var path = Path.Combine(folder, "appsettings.json");
        File.WriteAllText(path, JsonSerializer.Serialize(sections));
        return path;
    }

    /// <summary>Runs <c>teamscert manifest pack</c> in-process with the sample configuration and extra arguments.</summary>
    public static (int ExitCode, JsonElement Json, string Zip) Pack(string folder, params string[] extra)
    {
        var zip = Path.Combine(folder, "teamscert.zip");
        var (exit, json) = CliRunner.Run(["manifest", "pack", "--config", WriteConfig(folder), "--out", zip, .. extra]);
        return (exit, json, zip);
    }

    public static Dictionary<string, byte[]> Entries(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }
}
