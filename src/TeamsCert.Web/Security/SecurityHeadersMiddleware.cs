using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using TeamsCert.Web.Tab;

namespace TeamsCert.Web.Security;

/// <summary>
/// The one place that decides the framing headers of every response, per surface, just before the headers are sent
/// (so a handler, the antiforgery system or an error page cannot leave another answer):
/// the tab's pages (<c>/tab</c>, its sign-in pages and the documents it links to) may be framed by the configured Teams
/// origins only (CSP <c>frame-ancestors</c>, no <c>X-Frame-Options</c>, which cannot name Teams); everything else,
/// the portal and the public register first, is never framed (<c>X-Frame-Options: DENY</c>, <c>frame-ancestors 'none'</c>).
/// Every response also carries <c>X-Content-Type-Options: nosniff</c>.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<TabOptions> tab)
{
    public const string NoFraming = "frame-ancestors 'none'";

    private readonly string _teamsFraming = "frame-ancestors " + string.Join(' ', tab.Value.AllowedFrameAncestors);

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            Apply(http);
            return Task.CompletedTask;
        });
        return next(http);
    }

    /// <summary>Pages Teams shows in its iframe: the tab (with its sign-in) and the case documents its pages link to.</summary>
    public static bool IsTabSurface(PathString path) =>
        path.StartsWithSegments("/tab") || path.StartsWithSegments("/api/documents");

    private void Apply(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (IsTabSurface(http.Request.Path))
        {
            headers.Remove(HeaderNames.XFrameOptions);
            headers.ContentSecurityPolicy = WithFrameAncestors(headers.ContentSecurityPolicy, _teamsFraming);
        }
        else
        {
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = WithFrameAncestors(headers.ContentSecurityPolicy, NoFraming);
        }
    }

    /// <summary>A page's own policy (the portal's) is kept; only its frame-ancestors directive is decided here.</summary>
    public static string WithFrameAncestors(string? policy, string directive)
    {
        var kept = (policy ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(d => !d.StartsWith("frame-ancestors", StringComparison.OrdinalIgnoreCase));
        return string.Join("; ", [.. kept, directive]);
    }
}
