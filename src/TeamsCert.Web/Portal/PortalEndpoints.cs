using TeamsCert.Infrastructure.Links;

namespace TeamsCert.Web.Portal;

/// <summary>
/// The applicant's portal, anonymous and rate-limited per IP (<c>Portal:RequestsPerMinute</c>, default 60; over it →
/// 429): <c>GET /portal/{token}</c> shows the link's form, <c>POST /portal/{token}</c> submits it,
/// <c>POST /portal/{token}/documents?item=</c> uploads one file for a checklist item,
/// <c>POST /portal/{token}/documents/{id}/withdraw</c> removes one before submitting, <c>POST /portal/{token}/new-link</c>
/// asks staff for a new link (its own, lower limit). 404 for an unknown token, 410 for an
/// expired, revoked or completed link; nothing is stored for any of them.
/// </summary>
public static class PortalEndpoints
{
    public const string RateLimitPolicy = "portal";

    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'; img-src 'self' data: https:; base-uri 'none'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddTeamsCertPortal(this WebApplicationBuilder builder)
    {
        var perMinute = PerIpRateLimit.PerMinute(builder.Configuration, "Portal:RequestsPerMinute", 60);
        var newLinksPerMinute = PerIpRateLimit.PerMinute(builder.Configuration, "Portal:NewLinkRequestsPerMinute", 3);

        builder.Services.AddScoped<PortalSessions>();
        builder.Services.AddScoped<PortalDrafts>();
        builder.Services.AddRateLimiter(options =>
        {
            PerIpRateLimit.AddPolicy(options, RateLimitPolicy, perMinute);
            PerIpRateLimit.AddPolicy(options, PortalNewLinkEndpoint.RateLimitPolicy, newLinksPerMinute);
            options.OnRejected = (context, ct) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, PortalPages.TooManyRequests(PortalChrome.For(context.HttpContext)), ct));
            };
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app)
    {
        app.MapGet("/portal/{token}", ShowAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy).ExcludeFromDescription();
        app.MapPost("/portal/{token}", PortalSubmitEndpoint.SubmitAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy)
            .DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/portal/{token}/documents", PortalUploadEndpoint.UploadAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy)
            .DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/portal/{token}/documents/{documentId:guid}/withdraw", PortalWithdrawEndpoint.WithdrawAsync).AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/portal/{token}/new-link", PortalNewLinkEndpoint.RequestAsync).AllowAnonymous().RequireRateLimiting(PortalNewLinkEndpoint.RateLimitPolicy)
            .DisableAntiforgery().ExcludeFromDescription();
        app.MapPortalAssets();
        return app;
    }

    private static async Task ShowAsync(string token, HttpContext http, SharedLinkResolver resolver, PortalSessions sessions, CancellationToken ct)
    {
        var chrome = PortalChrome.For(http, $"/portal/{token}");
        var resolution = await resolver.ResolveAsync(token, ct);
        if (resolution.Refusal is { } refusal)
        {
            var (status, html) = PortalPages.Refused(refusal, chrome, token, resolution.Case);
            await WriteAsync(http, status, html, ct);
            return;
        }

        await WriteAsync(http, StatusCodes.Status200OK, PortalFormView.Render(await sessions.StateAsync(token, resolution, chrome, ct)), ct);
    }

    public static Task WriteAsync(HttpContext http, int status, string html, CancellationToken ct)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        Secure(http);
        return http.Response.WriteAsync(html, ct);
    }

    /// <summary>No caching (the URL is a secret), no referrer, no sniffing, no framing, scripts only from the app.</summary>
    public static void Secure(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = Policy;
    }
}
