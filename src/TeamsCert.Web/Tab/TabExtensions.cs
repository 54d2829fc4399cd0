using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.FluentUI.AspNetCore.Components;
using Microsoft.Identity.Web;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Identity;
using TeamsCert.Web.Tab.Access;
using TeamsCert.Web.Tab.Actions;
using TeamsCert.Web.Tab.Components;
using TeamsCert.Web.Tab.Export;
using TeamsCert.Web.Tab.Views;

namespace TeamsCert.Web.Tab;

/// <summary>The managers' Teams tab at <c>/tab</c>: Razor components rendered on the server (static SSR) with Fluent UI.</summary>
public static class TabExtensions
{
    public static WebApplicationBuilder AddTeamsCertTab(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TabOptions>().BindConfiguration(TabOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRazorComponents();
        builder.Services.AddFluentUIComponents();
        builder.Services.AddScoped<TabReadModel>();
        builder.Services.AddScoped<WorkloadQueries>();
        builder.Services.AddScoped<StepReminders>();
        builder.Services.AddScoped<TabRegisterQueries>();

        // Same choice as AddTeamsCertAuthentication: the development identity only in Development.
        var development = (builder.Configuration["Auth:Mode"] ?? (builder.Environment.IsDevelopment() ? "Development" : "Entra")) == "Development";
        builder.Services.AddSingleton(new TabSignIn(development));
        TabCookies.Add(builder.Services, development);
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, TabAuthorizationResultHandler>();
        string[] schemes = [DevelopmentIdentityHandler.SchemeName];
        if (!development)
        {
            // Teams SSO sends the Entra token as a bearer (the API's scheme); a browser outside Teams signs in with
            // OpenID Connect into a cookie. The API keeps the bearer as its default scheme.
            // The tab's pages link to the API (document downloads): a request without a bearer authenticates with the
            // tab's session cookie; challenges stay the bearer's 401, so the API never redirects to a sign-in page.
            builder.Services.AddAuthentication(o => o.DefaultScheme = TabSignIn.BearerOrCookieScheme)
                .AddPolicyScheme(TabSignIn.BearerOrCookieScheme, "Bearer, else the tab's session cookie", o =>
                {
                    o.ForwardDefaultSelector = http => http.Request.Headers.Authorization.Count > 0 ? JwtBearerDefaults.AuthenticationScheme : TabSignIn.CookieScheme;
                    o.ForwardChallenge = JwtBearerDefaults.AuthenticationScheme;
                    o.ForwardForbid = JwtBearerDefaults.AuthenticationScheme;
                })
                .AddMicrosoftIdentityWebApp(builder.Configuration.GetSection("AzureAd"), TabSignIn.OpenIdScheme, TabSignIn.CookieScheme);
            builder.Services.AddSingleton<IPostConfigureOptions<OpenIdConnectOptions>, SignInRedirects>();
            schemes = [JwtBearerDefaults.AuthenticationScheme, TabSignIn.CookieScheme];
        }

        TabPolicies.Add(builder.Services.AddAuthorizationBuilder(), schemes);
        return builder;
    }

    public static WebApplication MapTab(this WebApplication app)
    {
        app.UseAntiforgery();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/tab"), tab => tab.Use((http, next) =>
        {
            TabUi.Remember(http);
            return next(http);
        }));
        app.MapStaticAssets().AllowAnonymous();
        app.MapTabSignIn();
        app.MapTabAssets();
        app.MapTabActions();
        app.MapRegisterExport();
        app.MapRazorComponents<TabApp>();
        return app;
    }
}
