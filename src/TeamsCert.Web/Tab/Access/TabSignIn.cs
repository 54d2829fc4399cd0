using Microsoft.AspNetCore.Authentication;

namespace TeamsCert.Web.Tab.Access;

/// <summary>
/// How a browser signs in to the tab: in the development identity mode the development sign-in page
/// (<c>/tab/signin</c>, a demo user as a cookie); with Entra ID an OpenID Connect challenge
/// (<see cref="OpenIdScheme"/>, section <c>AzureAd</c>). Inside Teams the page uses Teams SSO bearer tokens instead.
/// </summary>
public sealed class TabSignIn(bool development)
{
    public const string OpenIdScheme = "TabOpenIdConnect";
    public const string CookieScheme = "TabCookies";

    /// <summary>Entra mode's default scheme: the bearer when the request has one, else the tab's session cookie.</summary>
    public const string BearerOrCookieScheme = "BearerOrTabCookie";

    public bool Development { get; } = development;

    public Task ChallengeAsync(HttpContext context)
    {
        // Always the sign-in page first: inside Teams (an iframe, where Entra's page cannot be shown) it signs in with
        // Teams SSO; in a browser it goes on to the OpenID Connect sign-in; in Development it lists the demo users.
        var returnUrl = LocalReturnUrl(context.Request.PathBase + context.Request.Path + context.Request.QueryString);
        context.Response.Redirect("/tab/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        return Task.CompletedTask;
    }

    /// <summary>Only addresses inside the tab are followed after sign-in (no open redirect).</summary>
    public static string LocalReturnUrl(string? url) =>
        url is { Length: > 1 } u && u.StartsWith("/tab", StringComparison.Ordinal) && !u.StartsWith("//", StringComparison.Ordinal) ? u : "/tab";
}
