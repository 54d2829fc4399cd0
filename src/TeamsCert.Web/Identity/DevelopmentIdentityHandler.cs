using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.Identity;

namespace TeamsCert.Web.Identity;

/// <summary>
/// Development only: the caller names a demo user in the <c>X-Dev-User</c> header (or the <c>teamscert-dev-user</c>
/// cookie set by the development sign-in page). Registered only in the Development environment.
/// </summary>
public sealed class DevelopmentIdentityHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DevelopmentIdentity";
    public const string Header = "X-Dev-User";
    public const string Cookie = "teamscert-dev-user";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var name = Request.Headers[Header].FirstOrDefault() ?? Request.Cookies[Cookie];
        if (string.IsNullOrWhiteSpace(name))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (DemoUsers.Find(name) is not { } user)
        {
            return Task.FromResult(AuthenticateResult.Fail($"{Header} names no demo user"));
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Email, user.Id), new(ClaimTypes.Name, user.DisplayName) };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
