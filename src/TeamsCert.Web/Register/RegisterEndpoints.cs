using TeamsCert.Web.Portal;

namespace TeamsCert.Web.Register;

/// <summary>
/// The public certificate register (000 §8.4; 004 §5.10.5): <c>GET /api/register?q=</c>, <c>GET /api/register/{number}</c>,
/// and the pages <c>GET /register</c>, <c>GET /register/{number}</c>. Anonymous, rate-limited per IP
/// (<c>Register:RequestsPerMinute</c>, default 120; over it → 429 with Retry-After).
/// </summary>
public static class RegisterEndpoints
{
    public const string RateLimitPolicy = "register";

    /// <summary>Call after the portal's registration: the rejection handler of other policies is kept and called for them.</summary>
    public static WebApplicationBuilder AddTeamsCertRegister(this WebApplicationBuilder builder)
    {
        var perMinute = PerIpRateLimit.PerMinute(builder.Configuration, "Register:RequestsPerMinute", 120);

        builder.Services.AddScoped<RegisterQueries>();
        builder.Services.AddRateLimiter(options =>
        {
            PerIpRateLimit.AddPolicy(options, RateLimitPolicy, perMinute);
            var others = options.OnRejected;
            options.OnRejected = (context, ct) =>
            {
                var http = context.HttpContext;
                if (!IsRegister(http.Request.Path))
                {
                    return others?.Invoke(context, ct) ?? ValueTask.CompletedTask;
                }

                http.Response.Headers.RetryAfter = "60";
                return new ValueTask(RegisterHandlers.TooManyAsync(http, ct));
            };
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapRegister(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/register").AllowAnonymous().RequireRateLimiting(RateLimitPolicy);
        api.MapGet("/", RegisterHandlers.SearchJsonAsync);
        api.MapGet("/{number}", RegisterHandlers.CertificateJsonAsync);
        var pages = app.MapGroup("/register").AllowAnonymous().RequireRateLimiting(RateLimitPolicy).ExcludeFromDescription();
        pages.MapGet("/", RegisterHandlers.SearchPageAsync);
        pages.MapGet("/{number}", RegisterHandlers.CertificatePageAsync);
        return app;
    }

    private static bool IsRegister(PathString path) => path.StartsWithSegments("/register") || path.StartsWithSegments("/api/register");
}
