using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace TeamsCert.Web.Portal;

/// <summary>
/// The portal's page frame: one language per page (<c>&lt;html lang&gt;</c> set, a switch to the other), the
/// certification body's name and logo above and its address, telephone, e-mail and accreditation below; plain,
/// phone-friendly, light and dark (<c>prefers-color-scheme</c>), no external assets. Every piece of text passes through
/// <see cref="Encode"/>; the frame itself is the only markup.
/// </summary>
public static class PortalHtml
{
    // Colour pairs checked against WCAG AA (4.5:1 for text): #222/#fff 16:1, #595959/#fff 7:1, #fff/#4f52b2 6.6:1,
    // #b3261e/#fff 6.5:1; dark: #e8e8e8/#1e1e1e 14:1, #b8b8b8/#1e1e1e 8.6:1, #111/#9ea2ff 7.6:1, #ffb4ab/#1e1e1e 10:1.
    private const string Style =
        "*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}"
        + "body{font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;margin:0;padding:.75rem;line-height:1.6;color:#222;background:#f3f3f6}"
        + "main,header.body,footer.body{max-width:42rem;margin:0 auto}main{background:#fff;padding:1rem 1.25rem;border-radius:8px;border:1px solid #d0d0d8;overflow-wrap:anywhere}"
        + "header.body{display:flex;align-items:center;gap:.75rem;flex-wrap:wrap;padding:.25rem 0 .75rem}header.body img{max-height:44px;max-width:8rem}"
        + "header.body .name{font-weight:700;flex:1 1 12rem}a{color:#2c3092}.lang{font-size:.95rem;padding:.3rem .6rem;border:1px solid #2c3092;border-radius:4px;text-decoration:none}"
        + "footer.body{font-size:.875rem;color:#595959;padding:.75rem 0}footer.body p{margin:.15rem 0}"
        + "h1{font-size:1.3rem;line-height:1.35}h2{font-size:1.05rem;margin-top:1.5rem}dt{font-weight:600}dd{margin:0 0 .5rem 0}"
        + ".note{background:#fff4ce;color:#3d2e00;padding:.5rem .75rem;border-radius:6px}"
        + ".error{background:#fdecea;color:#7a1a10;padding:.5rem .75rem;border-radius:6px}.ok{background:#e6f4ea;color:#13361e;padding:.5rem .75rem;border-radius:6px}"
        + "label{display:block;font-weight:600;margin-top:.9rem}.hint{font-size:.875rem;color:#595959;margin:.1rem 0}"
        + "input[type=text],input[type=email],input[type=tel],input[type=number],input[type=date],textarea{width:100%;padding:.45rem;"
        + "font:inherit;color:inherit;background:#fff;border:1px solid #767676;border-radius:4px}input[type=file]{max-width:100%}textarea{min-height:4.5rem}"
        + ".invalid{border-color:#b3261e!important}.field-error{color:#b3261e;font-size:.9rem;margin:.2rem 0}"
        + "fieldset{border:1px solid #d0d0d8;border-radius:6px;margin:1rem 0;padding:.5rem .75rem;min-width:0}legend{font-weight:700}"
        + "button,.button{display:inline-block;font:inherit;padding:.6rem 1.2rem;border:1px solid #4f52b2;border-radius:4px;background:#4f52b2;color:#fff;margin-top:1rem;cursor:pointer;text-decoration:none}"
        + "button.secondary,.button.secondary{background:#fff;color:#2c3092}button.small{padding:.2rem .6rem;margin:0 0 0 .5rem;font-size:.875rem}"
        + ".actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center}"
        + ".item{border-top:1px solid #e0e0e6;padding:.6rem 0}.missing-mark{color:#b3261e;font-weight:400}"
        + ".files{margin:.2rem 0;padding-left:1.2rem;font-size:.9rem}.files form{display:inline}progress{width:100%}.upload-status{font-size:.9rem}"
        + "table{border-collapse:collapse;width:100%;font-size:.95rem}td,th{border:1px solid #d0d0d8;padding:.3rem .5rem;text-align:left;vertical-align:top}"
        // On a phone a two-column table of long labels leaves the values a sliver: each label sits above its value.
        + "table.stack th{width:38%}"
        + "@media (max-width:36rem){table.stack,table.stack tbody,table.stack tr,table.stack th,table.stack td{display:block;width:auto}"
        + "table.stack th{border-bottom:0;font-weight:600}table.stack td{margin-bottom:.4rem}}"
        + "@media (prefers-color-scheme:dark){body{color:#e8e8e8;background:#121212}main{background:#1e1e1e;border-color:#3a3a3a}"
        + "a{color:#a8b4ff}.lang{border-color:#a8b4ff}footer.body,.hint{color:#b8b8b8}"
        + ".note{background:#3a3000;color:#ffe9a8}.error{background:#3b1512;color:#ffb4ab}.ok{background:#14301a;color:#b7e4c0}"
        + "input[type=text],input[type=email],input[type=tel],input[type=number],input[type=date],textarea{background:#2a2a2a;border-color:#8a8a8a}"
        + ".invalid{border-color:#ffb4ab!important}.field-error,.missing-mark{color:#ffb4ab}fieldset,td,th,.item{border-color:#3a3a3a}"
        + "button,.button{background:#9ea2ff;border-color:#9ea2ff;color:#111}button.secondary,.button.secondary{background:#1e1e1e;color:#a8b4ff}}";

    private const string NoIndex = "<meta name=\"robots\" content=\"noindex\"><meta name=\"color-scheme\" content=\"light dark\">";

    // Chinese stays readable in the source; markup characters (<, >, &, quotes) are still encoded.
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => _encoder.Encode(text ?? "");

    /// <summary>A portal page in the chrome's one language; <paramref name="body"/> is markup built with <see cref="Encode"/>.</summary>
    public static string Page(PortalChrome chrome, string title, string body, bool withScript = false)
    {
        ArgumentNullException.ThrowIfNull(chrome);
        var lang = chrome.Lang;
        var name = chrome.Body.DisplayName(lang.IsChinese);
        return new StringBuilder("<!DOCTYPE html><html lang=\"").Append(lang.Tag).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").Append(NoIndex)
            .Append("<title>").Append(Encode(title)).Append(" · ").Append(Encode(name)).Append("</title>")
            .Append("<style>").Append(Style).Append("</style>")
            .Append(withScript ? $"<script src=\"{PortalAssets.UploadScriptPath}\" defer></script>" : string.Empty)
            .Append("</head><body>").Append(Header(chrome)).Append("<main><h1>").Append(Encode(title)).Append("</h1>").Append(body).Append("</main>")
            .Append(Footer(chrome)).Append("</body></html>").ToString();
    }

    /// <summary>
    /// The frame of the other plain pages outside the tab (the register): zh-CN, mobile-friendly, its own style, no
    /// external assets. <paramref name="meta"/>, <paramref name="scripts"/> and <paramref name="main"/> are markup.
    /// </summary>
    public static string Document(string zhTitle, string enTitle, string style, string meta, string scripts, string main) =>
        new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").Append(meta)
            .Append("<title>").Append(Encode(zhTitle)).Append(" / ").Append(Encode(enTitle)).Append("</title>")
            .Append("<style>").Append(style).Append("</style>").Append(scripts)
            .Append("</head><body><main>").Append(main).Append("</main></body></html>").ToString();

    /// <summary>zh-CN text followed by its English in a lighter span: the register's pages still show both (the portal never does).</summary>
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

    private static string Header(PortalChrome chrome)
    {
        var body = chrome.Body;
        var other = chrome.Lang.Other;
        var html = new StringBuilder("<header class=\"body\">");
        if (TeamsCert.Web.Body.BodyEndpoints.LogoSource(body) is { } src)
        {
            html.Append("<img src=\"").Append(Encode(src)).Append("\" alt=\"\">");
        }

        return html.Append("<span class=\"name\">").Append(Encode(body.DisplayName(chrome.Lang.IsChinese))).Append("</span>")
            .Append("<a class=\"lang\" id=\"lang-switch\" href=\"").Append(Encode($"{chrome.Path}?lang={other.Tag}")).Append("\" lang=\"").Append(other.Tag)
            .Append("\" hreflang=\"").Append(other.Tag).Append("\">").Append(Encode(other.SelfName)).Append("</a></header>").ToString();
    }

    private static string Footer(PortalChrome chrome)
    {
        var body = chrome.Body;
        var chinese = chrome.Lang.IsChinese;
        var html = new StringBuilder("<footer class=\"body\" id=\"body-contact\"><p><strong>").Append(Encode(body.DisplayName(chinese))).Append("</strong></p>");
        if (body.DisplayAddress(chinese) is { Length: > 0 } address)
        {
            html.Append("<p>").Append(Encode(chrome.T("地址：", "Address: ") + address)).Append("</p>");
        }

        if (chrome.Contact is { Length: > 0 } contact)
        {
            html.Append("<p>").Append(Encode(contact)).Append("</p>");
        }

        if (body.AccreditationLine(chinese) is { } accreditation)
        {
            html.Append("<p>").Append(Encode(accreditation)).Append("</p>");
        }

        return html.Append("</footer>").ToString();
    }
}
