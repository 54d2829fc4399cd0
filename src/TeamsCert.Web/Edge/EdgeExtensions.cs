using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace TeamsCert.Web.Edge;

/// <summary>
/// Where the app meets the internet: its public address (<see cref="PublicAddressOptions"/>), which proxies it believes
/// (<see cref="TrustedProxyOptions"/>), how large a request body may be, and whether the OpenAPI document is served.
/// </summary>
public static class EdgeExtensions
{
    /// <summary>Kestrel's request-body limit when <c>Kestrel:Limits:MaxRequestBodySize</c> is not set: 1 MiB (uploads raise their own).</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public const string OpenApiEnabledKey = "OpenApi:Enabled";

    public static WebApplicationBuilder AddTeamsCertEdge(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var development = builder.Environment.IsDevelopment();
        var services = builder.Services;
        services.AddOptions<PublicAddressOptions>()
            .Configure(o => o.PublicBaseUrl = PublicAddressOptions.Resolve(builder.Configuration, builder.Environment))
            .Validate(o => o.PublicBaseUrl is not null,
                $"{PublicAddressOptions.Key} is required outside Development (environment {builder.Environment.EnvironmentName}): the app's public https address, e.g. https://teamscert.example.cn/. Links, QR codes and cards are built from it, never from the request's Host header.")
            .Validate(o => o.PublicBaseUrl is null || PublicAddressOptions.IsValid(o.PublicBaseUrl, development),
                $"{PublicAddressOptions.Key} must be an absolute {(development ? "http(s)" : "https")} address without query, fragment or user info, e.g. https://teamscert.example.cn/")
            .ValidateOnStart();

        services.AddOptions<TrustedProxyOptions>()
            .BindConfiguration(TrustedProxyOptions.Section)
            .Validate(o => TrustedProxyOptions.AreAddresses(o.KnownProxies),
                "ForwardedHeaders:KnownProxies must list IP addresses, e.g. [\"10.0.0.4\"].")
            .Validate(o => TrustedProxyOptions.AreNetworks(o.KnownNetworks),
                "ForwardedHeaders:KnownNetworks must list networks in CIDR notation, e.g. [\"10.0.0.0/24\"].")
            .ValidateOnStart();
        // PostConfigure runs after the host's own setup, which (with ASPNETCORE_FORWARDEDHEADERS_ENABLED) would trust anyone.
        services.AddOptions<ForwardedHeadersOptions>().PostConfigure<IOptions<TrustedProxyOptions>>((forwarded, trusted) => Trust(forwarded, trusted.Value));

        // Bad request bodies (malformed JSON, a failed antiforgery check, too large) reach the exception handler and
        // become ProblemDetails through RefusalMap in every environment, not an empty 400 or a 500.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        if (builder.Configuration["Kestrel:Limits:MaxRequestBodySize"] is null)
        {
            services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = DefaultMaxRequestBodyBytes);
        }

        services.AddOpenApi();
        return builder;
    }

    /// <summary>First in the pipeline, so the rate limits and the logs see the client behind a trusted proxy.</summary>
    public static WebApplication UseTeamsCertEdge(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    /// <summary><c>/openapi/v1.json</c> in Development, or when <c>OpenApi:Enabled=true</c>; otherwise 404 to everyone.</summary>
    public static WebApplication MapTeamsCertOpenApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>(OpenApiEnabledKey))
        {
            app.MapOpenApi().AllowAnonymous();
        }
        else
        {
            // An explicit 404, so the answer does not depend on sign-in (an unknown path is 401 to the anonymous in Entra mode).
            app.MapGet("/openapi/{**rest}", () => Results.NotFound()).AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }

    private static void Trust(ForwardedHeadersOptions forwarded, TrustedProxyOptions trusted)
    {
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        // Empty lists would mean "trust every sender" to the middleware, so with no proxy configured it reads nothing.
        forwarded.ForwardedHeaders = trusted.TrustsAnyProxy ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
        forwarded.ForwardLimit = null; // the middleware still stops at the first hop that is not a trusted proxy
        foreach (var proxy in trusted.Proxies())
        {
            forwarded.KnownProxies.Add(proxy);
        }

        foreach (var network in trusted.Networks())
        {
            forwarded.KnownIPNetworks.Add(network);
        }
    }
}
