using System.Globalization;
using System.Text;
using TeamsCert.Domain.Certificates;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Web.Portal;

namespace TeamsCert.Web.Register;

/// <summary>The register's pages: search, a certificate with its status history and QR code, not found, too many requests.</summary>
internal static class RegisterPages
{
    private const string TitleZh = "认证证书查询";
    private const string TitleEn = "Certificate register";

    public static string Search(string? q, IReadOnlyList<RegisterEntry>? found, string? error)
    {
        var body = new StringBuilder(RegisterHtml.Paragraph("输入证书编号（完整）或组织名称的一部分查询证书状态。",
            "Enter a full certificate number or part of an organisation's name to check a certificate's status."));
        body.Append(RegisterHtml.SearchForm(q));
        if (error is not null)
        {
            body.Append("<p class=\"error\" role=\"alert\">").Append(PortalHtml.Encode(error)).Append("</p>");
        }

        if (found is not null)
        {
            body.Append("<h2>").Append(RegisterHtml.Both($"查询结果（{found.Count}）", $"Results ({found.Count})")).Append("</h2>");
            body.Append(found.Count == 0
                ? RegisterHtml.Paragraph("没有找到符合条件的证书。", "No certificate matches.")
                : RegisterHtml.Table(
                    [("证书编号", "Number"), ("组织", "Organisation"), ("认证项目", "Scheme"), ("有效期至", "Expires"), ("状态", "Status")],
                    found.Select(e => new[]
                    {
                        $"<a href=\"/register/{PortalHtml.Encode(Uri.EscapeDataString(e.Number))}\">{PortalHtml.Encode(e.DisplayNumber)}</a>",
                        PortalHtml.Encode(e.Organization),
                        PortalHtml.Encode(e.SchemeName),
                        Date(e.ExpiresOn),
                        RegisterHtml.Both(e.StatusZh, e.StatusEn),
                    })));
        }

        return RegisterHtml.Page(TitleZh, TitleEn, body.ToString());
    }

    public static string Certificate(RegisterCertificate c, string qrSvg)
    {
        var body = new StringBuilder();
        body.Append("<p class=\"status ").Append(PortalHtml.Encode(c.Status)).Append("\">").Append(RegisterHtml.Both(c.StatusZh, c.StatusEn)).Append("</p>");
        body.Append(RegisterHtml.Table([("项目", "Item"), ("内容", "Value")], new[]
        {
            Row("证书编号", "Certificate number", PortalHtml.Encode(c.DisplayNumber)),
            Row("获证组织", "Organisation", PortalHtml.Encode(c.Organization)),
            Row("认证范围", "Scope", PortalHtml.Encode(c.Scope)),
            Row("认证项目", "Scheme", PortalHtml.Encode(c.SchemeName)),
            Row("认证依据", "Standard", PortalHtml.Encode(c.Standard)),
            Row("评价结果", "Grade", PortalHtml.Encode(c.Grade ?? "—")),
            Row("发证日期", "Issued on", Date(c.IssuedOn)),
            Row("有效期至", "Expires on", Date(c.ExpiresOn)),
        }));
        body.Append("<h2>").Append(RegisterHtml.Both("状态变更记录", "Status history")).Append("</h2>");
        body.Append(RegisterHtml.Table(
            [("日期", "Date"), ("原状态", "From"), ("新状态", "To"), ("原因", "Reason")],
            c.History.Select(h => new[] { PortalHtml.Encode(h.Date), StateName(h.From), StateName(h.To), PortalHtml.Encode(h.Reason) })));
        body.Append("<h2>").Append(RegisterHtml.Both("验证", "Verify")).Append("</h2>");
        body.Append("<div class=\"qr\" role=\"img\" aria-label=\"QR code\">").Append(qrSvg).Append("</div>");
        body.Append("<p><a href=\"").Append(PortalHtml.Encode(c.VerifyUrl.AbsoluteUri)).Append("\">")
            .Append(PortalHtml.Encode(c.VerifyUrl.AbsoluteUri)).Append("</a></p>");
        body.Append("<h2>").Append(RegisterHtml.Both("查询其他证书", "Search another certificate")).Append("</h2>").Append(RegisterHtml.SearchForm(null));
        return RegisterHtml.Page(TitleZh, TitleEn, body.ToString());
    }

    public static string NotFound(string number) => RegisterHtml.Page("证书不存在", "Certificate not found",
        RegisterHtml.Paragraph($"没有编号为“{number}”的证书，请核对编号后重新查询。",
            $"No certificate has the number \"{number}\". Please check the number and search again.", "error")
        + RegisterHtml.SearchForm(number));

    public static string TooManyRequests() => RegisterHtml.Page("请求过多", "Too many requests",
        RegisterHtml.Paragraph("查询过于频繁，请 1 分钟后再试。", "Too many requests from your address; please try again in a minute.", "error"));

    private static string[] Row(string zh, string en, string value) => [RegisterHtml.Both(zh, en), value];

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string StateName(string? code) =>
        CertificateStatusText.Parse(code) is { } state ? RegisterHtml.Both(CertificateStatusText.Name(state).ZhCn, CertificateStatusText.Name(state).En) : "—";
}
