using Microsoft.AspNetCore.Antiforgery;

namespace TeamsCert.Web.Security;

/// <summary>Browser-security headers: HSTS outside Development, and <see cref="SecurityHeadersMiddleware"/> for framing and sniffing.</summary>
public static class SecurityHeadersExtensions
{
    public static WebApplicationBuilder AddTeamsCertSecurityHeaders(this WebApplicationBuilder builder)
    {
        // Antiforgery would add X-Frame-Options: SAMEORIGIN to every page with a form, which Teams cannot frame;
        // framing is decided by the middleware alone.
        builder.Services.Configure<AntiforgeryOptions>(o => o.SuppressXFrameOptionsHeader = true);
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>First in the pipeline, so every answer (errors and rate-limit refusals too) gets the headers.</summary>
    public static WebApplication UseTeamsCertSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }
}
