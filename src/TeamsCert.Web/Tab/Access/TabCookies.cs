using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace TeamsCert.Web.Tab.Access;

/// <summary>
/// The attributes of the tab's cookies (session, antiforgery, language and theme). Inside Teams the tab is a cross-site
/// iframe, so with Entra sign-in they are <c>SameSite=None; Secure; Partitioned</c>: None or Teams never sends them,
/// Partitioned (CHIPS) so browsers that block third-party cookies keep them in a jar of Teams' own site (others ignore
/// the attribute). The development identity, over http, keeps <c>SameSite=Lax</c>.
/// </summary>
public sealed class TabCookies(bool development)
{
    public const string Partitioned = "Partitioned";

    public bool CrossSite { get; } = !development;

    public static void Add(IServiceCollection services, bool development)
    {
        var cookies = new TabCookies(development);
        services.AddSingleton(cookies);
        services.Configure<AntiforgeryOptions>(o => cookies.Apply(o.Cookie));
        if (cookies.CrossSite)
        {
            services.PostConfigure<CookieAuthenticationOptions>(TabSignIn.CookieScheme, o => cookies.Apply(o.Cookie));
        }
    }

    public void Apply(CookieBuilder cookie)
    {
        if (!CrossSite)
        {
            return;
        }

        cookie.SameSite = SameSiteMode.None;
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        if (!cookie.Extensions.Contains(Partitioned))
        {
            cookie.Extensions.Add(Partitioned);
        }
    }

    /// <summary>Options for a cookie the tab writes itself (language, theme).</summary>
    public CookieOptions Options(string path)
    {
        var options = new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = path, IsEssential = true };
        if (CrossSite)
        {
            options.SameSite = SameSiteMode.None;
            options.Secure = true;
            options.Extensions.Add(Partitioned);
        }

        return options;
    }
}
