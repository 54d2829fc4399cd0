using System.Threading.RateLimiting;
using TeamsCert.Infrastructure.Links;

namespace TeamsCert.Web.Portal;

/// <summary>
/// <c>GET /portal/{token}</c>: the applicant's page for a shared link, anonymous and rate-limited per IP
/// (<c>Portal:RequestsPerMinute</c>, default 60; over it → 429 page). 404 for an unknown token, 410 for an expired,
/// revoked or completed link.
/// </summary>
public static class PortalEndpoints
{
    public const string RateLimitPolicy = "portal";

    public static WebApplicationBuilder AddTeamsCertPortal(this WebApplicationBuilder builder)
    {
        var perMinute = builder.Configuration.GetValue("Portal:RequestsPerMinute", 60);
        if (perMinute < 1)
        {
            throw new InvalidOperationException("Portal:RequestsPerMinute must be at least 1.");
        }

        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = (context, ct) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, PortalPages.TooManyRequests(), ct));
            };
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app)
    {
        app.MapGet("/portal/{token}", ShowAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy).ExcludeFromDescription();
        return app;
    }

    private static async Task ShowAsync(string token, HttpContext http, SharedLinkResolver resolver, CancellationToken ct)
    {
        var resolution = await resolver.ResolveAsync(token, ct);
        var (status, html) = resolution.Refusal is { } refusal ? PortalPages.Refused(refusal) : (StatusCodes.Status200OK, PortalPages.Valid(resolution));
        await WriteAsync(http, status, html, ct);
    }

    private static Task WriteAsync(HttpContext http, int status, string html, CancellationToken ct)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return http.Response.WriteAsync(html, ct);
    }
}
