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
        + ".en{color:#555}.note{background:#fff8e1;padding:.5rem .75rem;border-radius:6px}"
        + ".error{background:#fdecea;color:#8a1c12;padding:.5rem .75rem;border-radius:6px}.ok{background:#e8f5e9;padding:.5rem .75rem;border-radius:6px}"
        + "label{display:block;font-weight:600;margin-top:.9rem}label .en{font-weight:400}.hint{font-size:.85rem;color:#666;margin:.1rem 0}"
        + "input[type=text],input[type=email],input[type=tel],input[type=number],input[type=date],textarea{width:100%;box-sizing:border-box;padding:.45rem;"
        + "font:inherit;border:1px solid #bbb;border-radius:4px}textarea{min-height:4.5rem}.invalid{border-color:#c62828!important;background:#fffafa}"
        + ".field-error{color:#c62828;font-size:.9rem;margin:.2rem 0}fieldset{border:1px solid #ddd;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}"
        + "legend{font-weight:700}button{font:inherit;padding:.6rem 1.4rem;border:0;border-radius:4px;background:#4f52b2;color:#fff;margin-top:1rem;cursor:pointer}"
        + ".item{border-top:1px solid #eee;padding:.6rem 0}.item.missing .item-title::after{content:' · 尚缺 / missing';color:#c62828;font-weight:400}"
        + ".files{margin:.2rem 0;padding-left:1.2rem;font-size:.9rem}progress{width:100%}.upload-status{font-size:.9rem}"
        + "table{border-collapse:collapse;width:100%;font-size:.95rem}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left}";

    private const string NoIndex = "<meta name=\"robots\" content=\"noindex\">";

    // Chinese stays readable in the source; markup characters (<, >, &, quotes) are still encoded.
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => _encoder.Encode(text ?? "");

    /// <summary>A whole page; <paramref name="zhBody"/> and <paramref name="enBody"/> are markup built with <see cref="Encode"/>.</summary>
    public static string Page(string zhTitle, string enTitle, string zhBody, string enBody) =>
        Document(zhTitle, enTitle, Style, NoIndex, string.Empty,
            $"<section lang=\"zh-CN\"><h1>{Encode(zhTitle)}</h1>{zhBody}</section><hr><section lang=\"en\" class=\"en\"><h1>{Encode(enTitle)}</h1>{enBody}</section>");

    /// <summary>
    /// A page whose texts are bilingual inline (zh-CN, then English in a lighter span): the forms, which must not be
    /// filled in twice. <paramref name="body"/> is markup built with <see cref="Encode"/> and <see cref="Bi"/>.
    /// </summary>
    public static string FormPage(string zhTitle, string enTitle, string body, bool withScript) =>
        Document(zhTitle, enTitle, Style, NoIndex, withScript ? $"<script src=\"{PortalAssets.UploadScriptPath}\" defer></script>" : string.Empty,
            $"<h1>{Bi(zhTitle, enTitle)}</h1>{body}");

    /// <summary>
    /// The frame of every plain page the app serves outside the tab (the portal's, the register's): zh-CN, mobile-friendly,
    /// its own style, no external assets. <paramref name="meta"/>, <paramref name="scripts"/> and <paramref name="main"/> are markup.
    /// </summary>
    public static string Document(string zhTitle, string enTitle, string style, string meta, string scripts, string main) =>
        new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").Append(meta)
            .Append("<title>").Append(Encode(zhTitle)).Append(" / ").Append(Encode(enTitle)).Append("</title>")
            .Append("<style>").Append(style).Append("</style>").Append(scripts)
            .Append("</head><body><main>").Append(main).Append("</main></body></html>").ToString();

    /// <summary>zh-CN text followed by its English in a lighter span.</summary>
    public static string Bi(string zh, string en) => $"{Encode(zh)} <span class=\"en\" lang=\"en\">{Encode(en)}</span>";

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
