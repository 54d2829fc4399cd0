using TeamsCert.Infrastructure.Body;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Portal;

/// <summary>
/// What frames every portal page: its one language, the certification body it speaks for, and the page the language
/// switch reloads (<c>{Path}?lang=…</c>; null: the current address).
/// </summary>
public sealed record PortalChrome(UiLanguage Lang, CertificationBody Body, string? Path = null)
{
    public static PortalChrome For(HttpContext http, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        UiLanguage.Remember(http);
        return new PortalChrome(UiLanguage.FromRequest(http), http.RequestServices.GetRequiredService<CertificationBody>(), path);
    }

    public string T(string zh, string en) => Lang.T(zh, en);

    /// <summary>"电话 … · 邮箱 …", the way to reach the body, in the page's language.</summary>
    public string Contact => Body.ContactLine(Lang.IsChinese);

    /// <summary>"请联系{body}（电话 …）" — every "contact the certification body" says how.</summary>
    public string ContactUs(string zhWhy, string enWhy) =>
        T($"{zhWhy}请联系{Body.DisplayName(true)}：{Contact}。",
            $"{(string.IsNullOrEmpty(enWhy) ? "Please" : enWhy)} contact {Body.DisplayName(false)}: {Contact}.");
}
