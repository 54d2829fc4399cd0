using System.Text;
using TeamsCert.Infrastructure.Body;
using TeamsCert.Web.Portal;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Register;

/// <summary>
/// The register's page frame and its pieces: plain, mobile-friendly (no horizontal scroll at 390 px), light and dark,
/// no scripts or external assets, ONE language per page with a link to the other. The issuing body and its
/// accreditation head every page. Every value passes through <see cref="PortalHtml.Encode"/>; only the frame and the
/// QR code are markup.
/// </summary>
internal static class RegisterHtml
{
    private const string Style =
        ":root{color-scheme:light dark;--fg:#222;--muted:#555;--bg:#fafafa;--card:#fff;--line:#ddd;--row:#eee;--link:#0b57d0;"
        + "--ok-bg:#e6f4ea;--ok:#137333;--warn-bg:#fff4e5;--warn:#8a4b00;--bad-bg:#fce8e6;--bad:#a50e0e}"
        + "@media (prefers-color-scheme:dark){:root{--fg:#e8eaed;--muted:#b0b4ba;--bg:#121212;--card:#1e1f21;--line:#3c4043;--row:#2d2f31;--link:#8ab4f8;"
        + "--ok-bg:#0d3b1e;--ok:#81c995;--warn-bg:#3d2a00;--warn:#fdd663;--bad-bg:#3c1414;--bad:#f28b82}}"
        + "*{box-sizing:border-box}"
        + "body{font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;margin:0;padding:1rem;line-height:1.6;color:var(--fg);background:var(--bg)}"
        + "a{color:var(--link)}"
        + "header,main,footer{max-width:44rem;margin:0 auto}"
        + "header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:.25rem 1rem;margin-bottom:.75rem}"
        + ".body-name{font-weight:700}.body-accreditation,footer{color:var(--muted);font-size:.9rem}"
        + "main{background:var(--card);padding:1rem 1.25rem;border-radius:8px;border:1px solid var(--line)}"
        + "footer{margin-top:.75rem}"
        + "h1{font-size:1.3rem;margin-top:0}h2{font-size:1.05rem;margin-top:1.5rem}"
        + "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--row);padding:.35rem .4rem;text-align:left;vertical-align:top}"
        + "th{color:var(--muted);font-weight:600;white-space:nowrap}td{overflow-wrap:break-word}"
        + ".nowrap{white-space:nowrap}.wrap{overflow-wrap:anywhere}table.facts td:first-child{white-space:nowrap;color:var(--muted);width:1%}"
        + "form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}form label{flex:1 1 100%}"
        + "input[type=search]{flex:1 1 12rem;min-width:0;padding:.4rem;font-size:1rem;color:var(--fg);background:var(--card);border:1px solid var(--line);border-radius:4px}"
        + "button{padding:.4rem .9rem;font-size:1rem}"
        + ".status{font-size:1.4rem;font-weight:700;padding:.4rem .8rem;border-radius:6px;display:inline-block}"
        + ".valid{background:var(--ok-bg);color:var(--ok)}.suspended{background:var(--warn-bg);color:var(--warn)}"
        + ".revoked,.cancelled,.expired{background:var(--bad-bg);color:var(--bad)}"
        + "td .valid,td .suspended,td .revoked,td .cancelled,td .expired{padding:0 .3rem;border-radius:4px;white-space:nowrap}"
        + ".error{background:var(--bad-bg);color:var(--fg);padding:.5rem .75rem;border-radius:6px}"
        + ".period{background:var(--warn-bg);padding:.5rem .75rem;border-radius:6px}"
        + ".hint{color:var(--muted)}"
        + ".qr svg{width:10rem;height:10rem;background:#fff;padding:.25rem}"
        // Phones: a table's rows become stacked cards, each cell labelled by its column.
        + "@media (max-width:40rem){body{padding:.5rem}main{padding:.75rem}"
        + "table.stack thead{display:none}table.stack tr{display:block;border-bottom:1px solid var(--line);padding:.35rem 0}"
        + "table.stack td{display:flex;gap:.75rem;border:0;padding:.1rem .2rem;overflow-wrap:anywhere}table.stack td>*{min-width:0}"
        + "table.facts td:first-child{white-space:normal;width:5.5rem}"
        + "table.stack td::before{content:attr(data-label);flex:0 0 6.5rem;color:var(--muted)}}";

    public static string Page(UiLanguage lang, CertificationBody body, string title, string switchHref, string main)
    {
        var accreditation = body.AccreditationLine(lang.IsChinese);
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"").Append(lang.Tag).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"color-scheme\" content=\"light dark\">")
            .Append("<title>").Append(PortalHtml.Encode(title)).Append(" · ").Append(PortalHtml.Encode(body.DisplayName(lang.IsChinese))).Append("</title>")
            .Append("<style>").Append(Style).Append("</style></head><body>")
            .Append("<header><div><div class=\"body-name\">").Append(PortalHtml.Encode(body.DisplayName(lang.IsChinese))).Append("</div>");
        if (accreditation is not null)
        {
            html.Append("<div class=\"body-accreditation\">").Append(PortalHtml.Encode(accreditation)).Append("</div>");
        }

        html.Append("</div><nav aria-label=\"").Append(lang.T("语言", "Language")).Append("\"><a href=\"").Append(PortalHtml.Encode(switchHref))
            .Append("\" hreflang=\"").Append(lang.Other.Tag).Append("\" lang=\"").Append(lang.Other.Tag).Append("\">")
            .Append(PortalHtml.Encode(lang.Other.SelfName)).Append("</a></nav></header>")
            .Append("<main><h1>").Append(PortalHtml.Encode(title)).Append("</h1>").Append(main).Append("</main><footer>")
            .Append(PortalHtml.Encode(lang.T("本查询由发证机构提供：", "This register is provided by the issuing body: ")))
            .Append(PortalHtml.Encode(body.DisplayName(lang.IsChinese)));
        if (body.DisplayAddress(lang.IsChinese) is { Length: > 0 } address)
        {
            html.Append(" · ").Append(PortalHtml.Encode(address));
        }

        if (body.ContactLine(lang.IsChinese) is { Length: > 0 } contact)
        {
            html.Append(" · ").Append(PortalHtml.Encode(contact));
        }

        return html.Append("</footer></body></html>").ToString();
    }

    public static string Paragraph(string text, string? cssClass = null) => PortalHtml.Paragraph(text, cssClass);

    public static string SearchForm(UiLanguage lang, string? q) =>
        "<form method=\"get\" action=\"/register\" role=\"search\"><label for=\"q\">" + PortalHtml.Encode(lang.T("证书编号或组织名称", "Certificate number or organisation name"))
        + "</label><input type=\"search\" id=\"q\" name=\"q\" minlength=\"2\" required value=\"" + PortalHtml.Encode(q) + "\">"
        + "<input type=\"hidden\" name=\"lang\" value=\"" + lang.Tag + "\">"
        + "<button type=\"submit\">" + PortalHtml.Encode(lang.T("查询", "Search")) + "</button></form>";

    /// <summary>A table that stacks into labelled cards on a phone; cells are markup already encoded.</summary>
    public static string Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, bool stack = true)
    {
        var html = new StringBuilder(stack ? "<table class=\"stack\"><thead><tr>" : "<table class=\"facts\"><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\">").Append(PortalHtml.Encode(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                html.Append("<td data-label=\"").Append(PortalHtml.Encode(i < headers.Count ? headers[i] : "")).Append("\">").Append(row[i]).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}
