using System.Text;
using TeamsCert.Web.Portal;

namespace TeamsCert.Web.Register;

/// <summary>
/// The register's page frame and its pieces: plain, mobile-friendly, no scripts or external assets, zh-CN first then
/// English. Every value passes through <see cref="PortalHtml.Encode"/>; only the frame and the QR code are markup.
/// </summary>
internal static class RegisterHtml
{
    private const string Style =
        "body{font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;margin:0;padding:1rem;line-height:1.6;color:#222;background:#fafafa}"
        + "main{max-width:44rem;margin:0 auto;background:#fff;padding:1rem 1.25rem;border-radius:8px;border:1px solid #ddd}"
        + "h1{font-size:1.3rem}h2{font-size:1.05rem;margin-top:1.5rem}.en{color:#555;font-size:.9em}"
        + "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #eee;padding:.35rem .4rem;text-align:left;vertical-align:top}"
        + "form{display:flex;flex-wrap:wrap;gap:.5rem}input[type=search]{flex:1 1 12rem;padding:.4rem;font-size:1rem}button{padding:.4rem .9rem;font-size:1rem}"
        + ".status{font-size:1.4rem;font-weight:700;padding:.4rem .8rem;border-radius:6px;display:inline-block}"
        + ".valid{background:#e6f4ea;color:#137333}.suspended{background:#fff4e5;color:#8a4b00}"
        + ".revoked,.cancelled,.expired{background:#fce8e6;color:#a50e0e}.error{background:#fce8e6;padding:.5rem .75rem;border-radius:6px}"
        + ".qr svg{width:10rem;height:10rem}";

    public static string Page(string zhTitle, string enTitle, string body) =>
        PortalHtml.Document(zhTitle, enTitle, Style, string.Empty, string.Empty, $"<h1>{Both(zhTitle, enTitle)}</h1>{body}");

    /// <summary>Chinese, then the English in a smaller grey span.</summary>
    public static string Both(string zh, string en) => PortalHtml.Bi(zh, en);

    public static string Paragraph(string zh, string en, string? cssClass = null) =>
        cssClass is null ? $"<p>{Both(zh, en)}</p>" : $"<p class=\"{PortalHtml.Encode(cssClass)}\">{Both(zh, en)}</p>";

    public static string SearchForm(string? q) =>
        "<form method=\"get\" action=\"/register\" role=\"search\"><label for=\"q\">" + Both("证书编号或组织名称", "Certificate number or organisation name")
        + "</label><input type=\"search\" id=\"q\" name=\"q\" minlength=\"2\" required value=\"" + PortalHtml.Encode(q) + "\">"
        + "<button type=\"submit\">" + Both("查询", "Search") + "</button></form>";

    /// <summary>A table; headers are (zh, en) pairs, cells are markup already encoded.</summary>
    public static string Table(IEnumerable<(string Zh, string En)> headers, IEnumerable<IEnumerable<string>> rows)
    {
        var html = new StringBuilder("<table><thead><tr>");
        foreach (var (zh, en) in headers)
        {
            html.Append("<th scope=\"col\">").Append(Both(zh, en)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(cell).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}
