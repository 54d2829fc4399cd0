using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace TeamsCert.Web.Portal;

/// <summary>
/// The portal's page frame: plain, mobile-friendly, no external assets, zh-CN first. Every piece of text passes through
/// <see cref="Encode"/>; the frame itself is the only markup.
/// </summary>
public static class PortalHtml
{
    private const string Style =
        "body{font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;margin:0;padding:1rem;line-height:1.6;color:#222;background:#fafafa}"
        + "main{max-width:40rem;margin:0 auto;background:#fff;padding:1rem 1.25rem;border-radius:8px;border:1px solid #ddd}"
        + "h1{font-size:1.3rem}h2{font-size:1.05rem;margin-top:1.5rem}dt{font-weight:600}dd{margin:0 0 .5rem 0}"
        + ".en{color:#555}.note{background:#fff8e1;padding:.5rem .75rem;border-radius:6px}";

    // Chinese stays readable in the source; markup characters (<, >, &, quotes) are still encoded.
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => _encoder.Encode(text ?? "");

    /// <summary>A whole page; <paramref name="zhBody"/> and <paramref name="enBody"/> are markup built with <see cref="Encode"/>.</summary>
    public static string Page(string zhTitle, string enTitle, string zhBody, string enBody)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<meta name=\"robots\" content=\"noindex\"><title>").Append(Encode(zhTitle)).Append(" / ").Append(Encode(enTitle)).Append("</title>");
        html.Append("<style>").Append(Style).Append("</style></head><body><main>");
        html.Append("<section lang=\"zh-CN\"><h1>").Append(Encode(zhTitle)).Append("</h1>").Append(zhBody).Append("</section>");
        html.Append("<hr><section lang=\"en\" class=\"en\"><h1>").Append(Encode(enTitle)).Append("</h1>").Append(enBody).Append("</section>");
        html.Append("</main></body></html>");
        return html.ToString();
    }

    public static string Paragraph(string text, string? cssClass = null) =>
        cssClass is null ? $"<p>{Encode(text)}</p>" : $"<p class=\"{Encode(cssClass)}\">{Encode(text)}</p>";

    public static string Facts(params (string Term, string Value)[] facts)
    {
        var html = new StringBuilder("<dl>");
        foreach (var (term, value) in facts)
        {
            html.Append("<dt>").Append(Encode(term)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>");
        }

        return html.Append("</dl>").ToString();
    }
}
