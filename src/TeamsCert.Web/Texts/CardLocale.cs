using System.Globalization;
using TeamsCert.Domain;
using TeamsCert.Domain.Calendar;

namespace TeamsCert.Web.Texts;

/// <summary>
/// The language of a card, from the Teams locale: <c>zh-CN</c>, <c>zh-cn</c>, <c>zh</c> (and <c>zh-Hans…</c>) give
/// Simplified Chinese; any other locale gives English; no locale at all gives Chinese, the certification body's language.
/// </summary>
public sealed class CardLocale
{
    public static readonly CardLocale Chinese = new(true);
    public static readonly CardLocale English = new(false);

    private CardLocale(bool isChinese) => IsChinese = isChinese;

    public bool IsChinese { get; }

    /// <summary>The card's <c>lang</c> value.</summary>
    public string Tag => IsChinese ? "zh-CN" : "en";

    public static CardLocale From(string? locale)
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

    public string T(LocalizedText text) => IsChinese ? text.ZhCn : text.En;

    /// <summary>Chooses between a Chinese and an English template and fills it with invariant formatting.</summary>
    public string F(LocalizedText template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, T(template), args);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant as Asia/Shanghai wall time, the time every user of the product works in.</summary>
    public static string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, ShanghaiTime.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
