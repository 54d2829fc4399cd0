using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Web.Identity;

namespace TeamsCert.Web.Tab.Access;

/// <summary><c>/tab/signin</c> and <c>/tab/signout</c>: the development sign-in page, or the Entra ID sign-in.</summary>
public static class SignInEndpoints
{
    public static void MapTabSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tab/signin", Page).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/tab/signin", SignIn).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/tab/signout", SignOutAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/tab/signin/entra", (string? returnUrl) => Results.Challenge(
            new AuthenticationProperties { RedirectUri = TabSignIn.LocalReturnUrl(returnUrl) }, [TabSignIn.OpenIdScheme]))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/tab/session", SessionAsync).RequireAuthorization(TabPolicies.CaseReaders).DisableAntiforgery().ExcludeFromDescription();
    }

    /// <summary>Teams SSO: the bearer token (checked by Microsoft.Identity.Web) becomes the tab's session cookie.</summary>
    private static async Task<IResult> SessionAsync(HttpContext http, TabSignIn signIn)
    {
        if (signIn.Development)
        {
            return Results.NotFound();
        }

        await http.SignInAsync(TabSignIn.CookieScheme, http.User);
        return Results.NoContent();
    }

    private static IResult Page(HttpContext http, TabSignIn signIn, IAntiforgery antiforgery, IOptions<TabOptions> tab, string? returnUrl)
    {
        var target = TabSignIn.LocalReturnUrl(returnUrl);
        if (!signIn.Development)
        {
            // Inside Teams the script uses Teams SSO; in a browser it goes on to the OpenID Connect sign-in.
            return Results.Content($"""
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>登录 / Sign in</title>
                <script src="{TabAssets.TeamsJsPath}"></script></head><body data-return="{E(target)}" data-teams-origins="{E(string.Join(' ', tab.Value.TeamsJsOrigins))}">
                <p id="status">正在登录… / Signing in…</p><p><a href="/tab/signin/entra?returnUrl={E(Uri.EscapeDataString(target))}">使用 Entra ID 登录 / Sign in with Entra ID</a></p>
                <script src="/tab/assets/signin.js"></script></body></html>
                """, "text/html; charset=utf-8");
        }

        var token = antiforgery.GetAndStoreTokens(http);
        var users = string.Concat(DemoUsers.All.Select(u => $"""
            <li><button name="user" value="{E(u.Id)}">{E(u.DisplayName)} · {E(u.Id)}</button> <small>{E(string.Join(", ", u.Roles.Order()))}</small></li>
            """));
        var html = $"""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>开发登录 / Development sign-in</title></head>
            <body style="font-family:'Segoe UI',sans-serif;margin:2rem">
            <h1>开发登录 / Development sign-in</h1>
            <p>仅限开发环境：选择一个演示用户。/ Development only: pick a demo user.</p>
            <form method="post" action="/tab/signin">
            <input type="hidden" name="{E(token.FormFieldName)}" value="{E(token.RequestToken ?? "")}">
            <input type="hidden" name="returnUrl" value="{E(target)}"><ul>{users}</ul></form></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static IResult SignIn(HttpContext http, TabSignIn signIn, [FromForm] string? user, [FromForm] string? returnUrl)
    {
        if (!signIn.Development)
        {
            return Results.NotFound();
        }

        if (user is null || DemoUsers.Find(user) is not { } found)
        {
            return Results.BadRequest(new { field = "user", title = "没有这个演示用户 / no such demo user" });
        }

        http.Response.Cookies.Append(DevelopmentIdentityHandler.Cookie, found.Id, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        return Results.Redirect(TabSignIn.LocalReturnUrl(returnUrl));
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, TabSignIn signIn)
    {
        if (signIn.Development)
        {
            http.Response.Cookies.Delete(DevelopmentIdentityHandler.Cookie);
            return Results.Redirect("/tab/signin");
        }

        await http.SignOutAsync(TabSignIn.CookieScheme);
        return Results.Redirect("/tab");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
