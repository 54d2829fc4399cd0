using TeamsCert.Infrastructure.Links;

namespace TeamsCert.Web.Edge;

/// <summary>
/// <c>App:PublicBaseUrl</c>: the address people and Teams reach the app at. Every absolute URL the app writes (portal
/// links, the register's verification URL and QR code, card links to the tab) starts with it; none is built from the
/// request's Host header, which a client can forge. Required (https) outside Development; in Development it defaults
/// to the app's own first listening address (<c>--urls</c>), else <see cref="DevelopmentDefault"/>, where <c>dotnet run</c> listens.
/// </summary>
public sealed class PublicAddressOptions
{
    public const string Key = PortalUrls.BaseUrlKey;

    /// <summary>The Development address (launchSettings.json's <c>http</c> profile).</summary>
    public const string DevelopmentDefault = "http://localhost:5080/";

    /// <summary>The configured value, or the Development default; null when neither applies (start-up then fails).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The base URL, ending in a slash.</summary>
    public Uri BaseUrl => new(PublicBaseUrl!.TrimEnd('/') + "/");

    /// <summary>The configured value, else the Development default in Development, else null.</summary>
    public static string? Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration[Key];
        return !string.IsNullOrWhiteSpace(configured) ? configured : environment.IsDevelopment() ? ListeningAddress(configuration["urls"]) ?? DevelopmentDefault : null;
    }

    /// <summary>
    /// The app's own first address from <c>--urls</c> / <c>ASPNETCORE_URLS</c> (a wildcard host read as localhost), so
    /// that links work in Development when the app listens elsewhere than the default port.
    /// </summary>
    internal static string? ListeningAddress(string? urls)
    {
        foreach (var candidate in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var normalised = candidate.Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://[::]", "://localhost", StringComparison.Ordinal);
            if (Uri.TryCreate(normalised, UriKind.Absolute, out var uri) && uri.Port != 0 && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri.GetLeftPart(UriPartial.Authority) + "/";
            }
        }

        return null;
    }

    /// <summary>An absolute URL under the public address, e.g. <c>For("register/TEL-2025-0001")</c>.</summary>
    public Uri For(string relativePath) => new(BaseUrl, relativePath.TrimStart('/'));

    internal static bool IsValid(string? value, bool development) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (development && uri.Scheme == Uri.UriSchemeHttp))
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo);
}
