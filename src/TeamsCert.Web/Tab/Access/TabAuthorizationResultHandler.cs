using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace TeamsCert.Web.Tab.Access;

/// <summary>
/// For <c>/tab</c> only: a browser without an identity is sent to sign in (the development page, or Entra ID through
/// OpenID Connect); a script or API call gets 401. A signed-in user without the role gets a clear 403 page. Everything
/// else keeps the default behaviour (401/403 ProblemDetails).
/// </summary>
public sealed class TabAuthorizationResultHandler(TabSignIn signIn) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!context.Request.Path.StartsWithSegments("/tab") || authorizeResult.Succeeded)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var browser = IsBrowserNavigation(context.Request);
        if (authorizeResult.Challenged)
        {
            if (browser)
            {
                await signIn.ChallengeAsync(context);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsJsonAsync(new { status = 401, title = "未登录 / not signed in" });
            }

            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (browser)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(RefusalPage(), context.RequestAborted);
        }
        else
        {
            await context.Response.WriteAsJsonAsync(new { status = 403, title = "无权查看 / not allowed" });
        }
    }

    /// <summary>A top-level page load (not fetch/XHR) that accepts HTML.</summary>
    public static bool IsBrowserNavigation(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
        && request.Headers["Sec-Fetch-Mode"].FirstOrDefault() is null or "navigate"
        && !request.Headers.ContainsKey("Authorization");

    public static string RefusalPage(string? detailZh = null, string? detailEn = null)
    {
        var zh = WebUtility.HtmlEncode(detailZh ?? "管理视图仅供经理、方案管理人员、技术委员会、决定人员和申请评审人员使用。审核员只能查看自己参与的案件。");
        var en = WebUtility.HtmlEncode(detailEn ?? "The managers' views are for managers, programme managers, the technical committee, decision makers and application reviewers. Auditors can open only the cases they audit.");
        return $"""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>无权查看 / Not allowed</title></head>
            <body style="font-family:'Segoe UI',sans-serif;margin:2rem"><h1>无权查看 / Not allowed</h1><p>{zh}</p><p lang="en">{en}</p>
            <p><a href="/tab/signin">换一个用户登录 / Sign in as someone else</a></p></body></html>
            """;
    }
}
