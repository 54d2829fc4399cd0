using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Identity.Web;

namespace TeamsCert.Web.Identity;

/// <summary>
/// Entra ID bearer tokens (section <c>AzureAd</c>, Microsoft.Identity.Web) everywhere; in the Development environment the
/// development identity (<c>X-Dev-User</c>) unless <c>Auth:Mode</c> is <c>Entra</c>. Asking for the development identity
/// anywhere else stops the start-up.
/// </summary>
public static class AuthenticationExtensions
{
    public static WebApplicationBuilder AddTeamsCertAuthentication(this WebApplicationBuilder builder)
    {
        var mode = builder.Configuration["Auth:Mode"] ?? (builder.Environment.IsDevelopment() ? "Development" : "Entra");
        if (mode is not ("Development" or "Entra"))
        {
            throw new InvalidOperationException($"Auth:Mode must be Development or Entra, not \"{mode}\".");
        }

        if (mode == "Development" && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Auth:Mode=Development (the X-Dev-User identity) is allowed only in the Development environment, not in {builder.Environment.EnvironmentName}.");
        }

        if (mode == "Development")
        {
            builder.Services.AddAuthentication(DevelopmentIdentityHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, DevelopmentIdentityHandler>(DevelopmentIdentityHandler.SchemeName, null);
        }
        else
        {
            builder.Services.AddAuthentication().AddMicrosoftIdentityWebApi(builder.Configuration.GetSection("AzureAd"));
        }

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }
}
