using Microsoft.Extensions.Configuration;

namespace TeamsCert.Infrastructure.Links;

/// <summary>The portal address of a token: <c>{App:PublicBaseUrl}/portal/{token}</c> (the web host requires the setting outside Development and never uses the request's Host).</summary>
public static class PortalUrls
{
    public const string BaseUrlKey = "App:PublicBaseUrl";

    /// <summary><c>App:PublicBaseUrl</c>, or null when it is not set (work without a request cannot guess the address).</summary>
    public static string? Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[BaseUrlKey];
        return string.IsNullOrWhiteSpace(configured) ? null : configured;
    }

    public static Uri For(string token, string root) => new($"{root.TrimEnd('/')}/portal/{token}");
}
