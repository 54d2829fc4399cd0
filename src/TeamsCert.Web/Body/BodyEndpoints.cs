using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.Body;

namespace TeamsCert.Web.Body;

/// <summary>
/// The certification body's logo for the portal, the register and the cards: <c>GET /body/logo</c> serves the
/// <c>Body:Logo</c> file of <c>{App:DataFolder}</c> (404 when none is configured or the file is missing); a logo given
/// as an https address is linked directly (<see cref="LogoSource"/>).
/// </summary>
public static class BodyEndpoints
{
    public const string LogoPath = "/body/logo";

    /// <summary>What an <c>img src</c> shows: the configured https address, the local file's path, or null for no logo.</summary>
    public static string? LogoSource(CertificationBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return string.IsNullOrWhiteSpace(body.Logo) ? null : body.LogoIsUrl ? body.Logo : LogoPath;
    }

    public static IEndpointRouteBuilder MapBody(this IEndpointRouteBuilder app)
    {
        app.MapGet(LogoPath, (IOptions<CertificationBody> body, IConfiguration configuration, IHostEnvironment environment, HttpContext http) =>
        {
            var logo = body.Value.Logo;
            if (string.IsNullOrWhiteSpace(logo) || body.Value.LogoIsUrl)
            {
                return Results.NotFound();
            }

            var folder = Path.GetFullPath(configuration["App:DataFolder"] ?? "data", environment.ContentRootPath);
            var file = Path.GetFullPath(logo, folder);
            if (!file.StartsWith(folder, StringComparison.Ordinal) || !File.Exists(file))
            {
                return Results.NotFound();
            }

            var type = Path.GetExtension(file).ToLowerInvariant() switch
            {
                ".svg" => "image/svg+xml",
                ".png" => "image/png",
                _ => "image/jpeg",
            };
            // An SVG opened on its own must not run script in the app's origin.
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.File(file, type, enableRangeProcessing: false);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
