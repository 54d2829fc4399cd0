using System.Globalization;
using TeamsCert.Web.Tab.Access;

namespace TeamsCert.Web.Tab;

/// <summary>
/// Language and theme of one tab request: <c>?lang=</c> / <c>?theme=</c>, else the cookies the tab sets from them, else
/// zh-CN and the light theme. Inside Teams the page script follows the Teams theme instead.
/// </summary>
public sealed record TabUi(string Lang, string Theme)
{
    public const string LangCookie = "teamscert-tab-lang";
    public const string ThemeCookie = "teamscert-tab-theme";

    public static readonly string[] Themes = ["light", "dark", "contrast"];

    public bool Zh => Lang == "zh-CN";

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Lang);

    /// <summary>zh-CN first: the Chinese text unless the user chose English.</summary>
    public string T(string zh, string en) => Zh ? zh : en;

    public string T(TeamsCert.Domain.LocalizedText text) => Zh ? text.ZhCn : text.En;

    /// <summary>A tab address that keeps the chosen language and theme.</summary>
    public string Href(string path)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return $"{path}{separator}lang={Lang}&theme={Theme}";
    }

    public static TabUi From(HttpContext http)
    {
        var lang = Normalise(http.Request.Query["lang"].FirstOrDefault() ?? http.Request.Cookies[LangCookie]);
        var theme = http.Request.Query["theme"].FirstOrDefault() ?? http.Request.Cookies[ThemeCookie];
        return new TabUi(lang, Themes.Contains(theme) ? theme! : "light");
    }

    /// <summary>Remembers an explicit choice for the next pages (also those opened from cards without the query).</summary>
    public static void Remember(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<TabCookies>().Options("/tab");
        if (http.Request.Query["lang"].FirstOrDefault() is { Length: > 0 } lang)
        {
            http.Response.Cookies.Append(LangCookie, Normalise(lang), options);
        }

        if (http.Request.Query["theme"].FirstOrDefault() is { } theme && Themes.Contains(theme))
        {
            http.Response.Cookies.Append(ThemeCookie, theme, options);
        }
    }

    private static string Normalise(string? lang) =>
        lang is not null && lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh-CN";
}
