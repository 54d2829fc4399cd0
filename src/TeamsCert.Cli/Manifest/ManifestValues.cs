using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using TeamsCert.Domain;

namespace TeamsCert.Cli.Manifest;

/// <summary>
/// The values of the manifest placeholders, read from the configuration keys the web app uses and checked before they
/// go into a package: ids are GUIDs, the base URL is absolute https (http only for localhost), the version is x.y.z.
/// </summary>
public static partial class ManifestValues
{
    /// <summary>Placeholder → configuration key, for every placeholder the operator provides (APP_DOMAIN is derived).</summary>
    public static IReadOnlyDictionary<string, string> Keys { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["TEAMS_APP_ID"] = "Teams:AppId",
        ["BOT_ID"] = "Bot:AppId",
        ["AAD_APP_ID"] = "AzureAd:ClientId",
        ["APP_BASE_URL"] = "App:PublicBaseUrl",
        ["APP_VERSION"] = "Teams:AppVersion",
    };

    public static SortedDictionary<string, string> Resolve(IConfiguration configuration)
    {
        var baseUrl = BaseUrl(configuration);
        return new(StringComparer.Ordinal)
        {
            ["TEAMS_APP_ID"] = Guid(configuration, "TEAMS_APP_ID"),
            ["BOT_ID"] = Guid(configuration, "BOT_ID"),
            ["AAD_APP_ID"] = Guid(configuration, "AAD_APP_ID"),
            ["APP_BASE_URL"] = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/'),
            ["APP_DOMAIN"] = baseUrl.IdnHost,
            ["APP_VERSION"] = Version(configuration),
        };
    }

    private static string Required(IConfiguration configuration, string placeholder)
    {
        var key = Keys[placeholder];
        return configuration[key] is { Length: > 0 } value
            ? value.Trim()
            : throw new InvalidInputException(key,
                $"缺少配置 {key}（占位符 ${{{{{placeholder}}}}}），请在 --config 文件、环境变量 {key.Replace(":", "__", StringComparison.Ordinal)} 或 --set {placeholder}=… 中提供"
                + $" / missing configuration {key} (placeholder ${{{{{placeholder}}}}}); set it in the --config file, the environment variable {key.Replace(":", "__", StringComparison.Ordinal)} or --set {placeholder}=…");
    }

    private static string Guid(IConfiguration configuration, string placeholder)
    {
        var value = Required(configuration, placeholder);
        return System.Guid.TryParseExact(value, "D", out var id) && id != System.Guid.Empty
            ? id.ToString("D")
            : throw Malformed(placeholder, $"“{value}”不是 GUID（xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx，且不能全为 0）", $"\"{value}\" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, not all zeros)");
    }

    private static Uri BaseUrl(IConfiguration configuration)
    {
        var value = Required(configuration, "APP_BASE_URL");
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw Malformed("APP_BASE_URL", $"“{value}”不是绝对 URL", $"\"{value}\" is not an absolute URL");
        }

        if (uri.Scheme == "http" && !uri.IsLoopback)
        {
            throw Malformed("APP_BASE_URL", $"“{value}”必须使用 https（仅 localhost 可用 http）", $"\"{value}\" must use https (http only for localhost)");
        }

        return uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0
            ? throw Malformed("APP_BASE_URL", $"“{value}”不能带查询、片段或用户信息", $"\"{value}\" must not carry a query, fragment or user info")
            : uri;
    }

    private static string Version(IConfiguration configuration)
    {
        var value = configuration[Keys["APP_VERSION"]] is { Length: > 0 } configured
            ? configured.Trim()
            : (typeof(ManifestValues).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0").Split('+')[0];
        return TeamsVersion().IsMatch(value)
            ? value
            : throw Malformed("APP_VERSION", $"版本“{value}”必须是 主.次.修订 三段数字", $"version \"{value}\" must be major.minor.patch numbers");
    }

    private static InvalidInputException Malformed(string placeholder, string chinese, string english) =>
        new(Keys[placeholder], $"{Keys[placeholder]}（${{{{{placeholder}}}}}）：{chinese} / {Keys[placeholder]} (${{{{{placeholder}}}}}): {english}");

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TeamsVersion();
}
