using System.Globalization;
using TeamsCert.Domain;
using TeamsCert.Domain.Calendar;

namespace TeamsCert.Web.Texts;

/// <summary>
/// The one language of a card or a page (one language per page: never both side by side). Cards take it from the Teams
/// locale; pages from <c>?lang=</c>, else the cookie that choice set (<see cref="FromRequest"/>), else Chinese. From a locale: <c>zh-CN</c>, <c>zh-cn</c>, <c>zh</c> (and <c>zh-Hans…</c>) give
/// Simplified Chinese; any other locale gives English; no locale at all gives Chinese, the certification body's language.
/// </summary>
public sealed class UiLanguage
{
    public static readonly UiLanguage Chinese = new(true);
    public static readonly UiLanguage English = new(false);

    private UiLanguage(bool isChinese) => IsChinese = isChinese;

    public bool IsChinese { get; }

    /// <summary>The card's <c>lang</c> value.</summary>
    public string Tag => IsChinese ? "zh-CN" : "en";

    public static UiLanguage From(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return Chinese;
        }

        var tag = locale.Trim();
        var chinese = tag.Equals("zh", StringComparison.OrdinalIgnoreCase)
            || tag.Equals("zh-CN", StringComparison.OrdinalIgnoreCase)
            || tag.StartsWith("zh-Hans", StringComparison.OrdinalIgnoreCase);
        return chinese ? Chinese : English;
    }

    /// <summary>The cookie that keeps a page visitor's choice (portal, register; the tab has its own, partitioned one).</summary>
    public const string Cookie = "teamscert-lang";

    /// <summary>The other language, for the page's language switch.</summary>
    public UiLanguage Other => IsChinese ? English : Chinese;

    /// <summary>What the switch to this language says, in this language ("中文", "English").</summary>
    public string SelfName => IsChinese ? "中文" : "English";

    /// <summary>A page's language: <c>?lang=</c> (zh-CN, zh, en…), else the <see cref="Cookie"/>, else Chinese.</summary>
    public static UiLanguage FromRequest(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var asked = http.Request.Query["lang"].FirstOrDefault();
        return From(!string.IsNullOrWhiteSpace(asked) ? asked : http.Request.Cookies[Cookie]);
    }

    /// <summary>Keeps an explicit <c>?lang=</c> choice for the visitor's next pages (a year, this site only).</summary>
    public static void Remember(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Request.Query["lang"].FirstOrDefault() is { Length: > 0 } asked)
        {
            http.Response.Cookies.Append(Cookie, From(asked).Tag, new CookieOptions
            {
                Path = "/",
                HttpOnly = true,
                Secure = http.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
        }
    }

    public string T(LocalizedText text) => IsChinese ? text.ZhCn : text.En;

    /// <summary>
    /// This language's half of a "中文 / English" message (the domain's refusals carry both, split at the first
    /// <c> / </c>); a text without the separator is returned as it is.
    /// </summary>
    public string Pick(string bilingual)
    {
        ArgumentNullException.ThrowIfNull(bilingual);
        var at = bilingual.IndexOf(" / ", StringComparison.Ordinal);
        if (at < 0)
        {
            return bilingual;
        }

        return IsChinese ? bilingual[..at].TrimEnd() : bilingual[(at + 3)..].TrimStart();
    }

    /// <summary>The Chinese or the English text, for page texts that live beside their markup.</summary>
    public string T(string zh, string en) => IsChinese ? zh : en;

    /// <summary>Chooses between a Chinese and an English template and fills it with invariant formatting.</summary>
    public string F(LocalizedText template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, T(template), args);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant as Asia/Shanghai wall time, the time every user of the product works in.</summary>
    public static string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, ShanghaiTime.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
