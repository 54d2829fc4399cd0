using Microsoft.Extensions.Configuration;
using TeamsCert.Domain;

namespace TeamsCert.Cli.Manifest;

/// <summary>
/// Where <c>manifest pack</c> reads its values, later sources winning: the <c>--config</c> JSON file (appsettings
/// shape), the environment (<c>Bot__AppId</c>, as the web app reads it), then each <c>--set KEY=VALUE</c>.
/// </summary>
public static class ManifestConfiguration
{
    public static IConfiguration Build(string? configFile, IReadOnlyList<string> sets)
    {
        var builder = new ConfigurationBuilder();
        if (configFile is not null)
        {
            var full = Path.GetFullPath(configFile);
            if (!File.Exists(full))
            {
                throw new InvalidInputException("config", $"找不到配置文件 {configFile} / configuration file {configFile} not found");
            }

            builder.AddJsonFile(full, optional: false, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables();
        builder.AddInMemoryCollection(sets.Select(Override));
        try
        {
            return builder.Build();
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or IOException)
        {
            throw new InvalidInputException("config", $"配置文件 {configFile} 不是有效的 JSON / configuration file {configFile} is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>Accepts a placeholder name (<c>BOT_ID</c>) or its configuration key (<c>Bot:AppId</c>).</summary>
    private static KeyValuePair<string, string?> Override(string set)
    {
        var eq = set.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new InvalidInputException("set", $"--set 应写作 KEY=VALUE：“{set}” / --set must be KEY=VALUE: \"{set}\"");
        }

        var (name, value) = (set[..eq].Trim(), set[(eq + 1)..]);
        if (ManifestValues.Keys.TryGetValue(name, out var key))
        {
            return new(key, value);
        }

        return ManifestValues.Keys.Values.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) is { } known
            ? new(known, value)
            : throw new InvalidInputException("set",
                $"--set 不认识“{name}”，可用：{Accepted()}（APP_DOMAIN 由 App:PublicBaseUrl 推出）"
                + $" / --set does not know \"{name}\"; use one of {Accepted()} (APP_DOMAIN comes from App:PublicBaseUrl)");
    }

    private static string Accepted() => string.Join(", ", ManifestValues.Keys.Select(p => $"{p.Key}|{p.Value}"));
}
