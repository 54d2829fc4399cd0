using System.Globalization;
using System.Text;
using TeamsCert.Domain.Certificates;
using TeamsCert.Infrastructure.Body;
using TeamsCert.Web.Portal;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Register;

/// <summary>
/// The register's pages in one language each: the list and search, a certificate with its status history and QR code,
/// not found, too many requests. Only public words: states, reasons and schemes are named, never coded.
/// </summary>
internal static class RegisterPages
{
    /// <summary>The page's frame: the language, the issuing body, and where the switch to the other language points.</summary>
    public sealed record Frame(UiLanguage Lang, CertificationBody Body, string SwitchHref);

    public static string Title(UiLanguage lang) => lang.T("认证证书查询", "Certificate register");

    public static string Search(Frame f, string? q, IReadOnlyList<RegisterEntry>? found, string? error, IReadOnlyList<string> examples,
        IReadOnlyList<RegisterEntry>? latest = null)
    {
        var lang = f.Lang;
        var body = new StringBuilder(RegisterHtml.Paragraph(lang.T(
            "输入证书编号（可不含机构前缀）或组织名称的一部分，查询证书的状态。",
            "Enter a certificate number (the body's prefix may be left out) or part of an organisation's name to check a certificate's status.")));
        body.Append(RegisterHtml.SearchForm(lang, q));
        if (error is not null)
        {
            body.Append("<p class=\"error\" role=\"alert\">").Append(PortalHtml.Encode(lang.Pick(error))).Append("</p>");
        }

        if (found is not null)
        {
            body.Append("<h2>").Append(PortalHtml.Encode(lang.T($"查询结果（{found.Count}）", $"Results ({found.Count})"))).Append("</h2>");
            if (found.Count == 0)
            {
                body.Append("<p class=\"error\" role=\"status\">").Append(PortalHtml.Encode(lang.T(
                    $"没有找到与“{q}”相符的证书。", $"No certificate matches \"{q}\"."))).Append("</p>");
                body.Append(NumberHint(lang, examples));
            }
            else
            {
                body.Append(List(lang, found));
            }
        }
        else if (latest is { Count: > 0 })
        {
            body.Append("<h2>").Append(PortalHtml.Encode(lang.T("最近变更的证书", "Recently updated certificates"))).Append("</h2>").Append(List(lang, latest));
        }

        return RegisterHtml.Page(lang, f.Body, Title(lang), f.SwitchHref, body.ToString());
    }

    public static string Certificate(Frame f, RegisterCertificate c, string qrSvg)
    {
        var lang = f.Lang;
        var body = new StringBuilder();
        body.Append("<p class=\"status ").Append(PortalHtml.Encode(c.Status)).Append("\">").Append(PortalHtml.Encode(lang.T(c.StatusZh, c.StatusEn))).Append("</p>");
        if (c.SuspendedFrom is { } from)
        {
            body.Append("<p class=\"period\">").Append(PortalHtml.Encode(c.SuspendedUntil is { } until
                ? lang.T($"暂停期：{Date(from)} 至 {Date(until)}。暂停期间证书不能使用；期满未恢复的，证书将被撤销或缩小认证范围。",
                    $"Suspended from {Date(from)} until {Date(until)} at the latest. The certificate may not be used while suspended; if it is not restored by then it is withdrawn or its scope is reduced.")
                : lang.T($"暂停期：自 {Date(from)} 起，至有关主管部门作出决定为止。暂停期间证书不能使用。",
                    $"Suspended from {Date(from)} until the competent authority decides. The certificate may not be used while suspended."))).Append("</p>");
        }

        body.Append(RegisterHtml.Table([lang.T("项目", "Item"), lang.T("内容", "Details")], new[]
        {
            Row(lang.T("证书编号", "Certificate number"), PortalHtml.Encode(c.DisplayNumber)),
            Row(lang.T("获证组织", "Organisation"), PortalHtml.Encode(c.Organization)),
            Row(lang.T("认证范围", "Scope"), PortalHtml.Encode(c.Scope)),
            Row(lang.T("认证项目", "Scheme"), PortalHtml.Encode(lang.T(c.SchemeNameZh, c.SchemeNameEn))),
            Row(lang.T("认证依据", "Standard"), PortalHtml.Encode(c.Standard)),
            Row(lang.T("评价结果", "Grade"), PortalHtml.Encode(lang.T(c.GradeZh ?? "—", c.GradeEn ?? "—"))),
            Row(lang.T("发证日期", "Issued on"), Date(c.IssuedOn)),
            Row(lang.T("有效期至", "Valid until"), Date(c.ExpiresOn)),
            Row(lang.T("发证机构", "Issued by"), PortalHtml.Encode(f.Body.DisplayName(lang.IsChinese))
                + (f.Body.AccreditationLine(lang.IsChinese) is { } line ? "<br>" + PortalHtml.Encode(line) : "")),
        }, stack: false));
        body.Append("<h2>").Append(PortalHtml.Encode(lang.T("状态变更记录", "Status history"))).Append("</h2>");
        body.Append(RegisterHtml.Table(
            [lang.T("日期", "Date"), lang.T("原状态", "From"), lang.T("新状态", "To"), lang.T("原因", "Reason")],
            c.History.Select((h, i) => (IReadOnlyList<string>)
            [
                $"<span class=\"nowrap\">{Date(h.Date)}</span>", StateName(lang, h.From), StateName(lang, h.To),
                PortalHtml.Encode(lang.T(h.ReasonZh, h.ReasonEn)) + Period(lang, c, h, i),
            ])));
        body.Append("<h2>").Append(PortalHtml.Encode(lang.T("验证", "Verify"))).Append("</h2>");
        body.Append("<div class=\"qr\" role=\"img\" aria-label=\"").Append(PortalHtml.Encode(lang.T("验证二维码", "Verification QR code"))).Append("\">").Append(qrSvg).Append("</div>");
        body.Append("<p><a class=\"wrap\" href=\"").Append(PortalHtml.Encode(c.VerifyUrl.AbsoluteUri)).Append("\">")
            .Append(PortalHtml.Encode(c.VerifyUrl.AbsoluteUri)).Append("</a></p>");
        body.Append("<h2>").Append(PortalHtml.Encode(lang.T("查询其他证书", "Search another certificate"))).Append("</h2>").Append(RegisterHtml.SearchForm(lang, null));
        return RegisterHtml.Page(lang, f.Body, Title(lang), f.SwitchHref, body.ToString());
    }

    public static string NotFound(Frame f, string number, IReadOnlyList<string> examples)
    {
        var lang = f.Lang;
        return RegisterHtml.Page(lang, f.Body, lang.T("证书不存在", "Certificate not found"), f.SwitchHref,
            RegisterHtml.Paragraph(lang.T($"没有编号为“{number}”的证书，请核对编号后重新查询。",
                $"No certificate has the number \"{number}\". Please check the number and search again."), "error")
            + NumberHint(lang, examples)
            + RegisterHtml.SearchForm(lang, number));
    }

    public static string TooManyRequests(Frame f) => RegisterHtml.Page(f.Lang, f.Body, f.Lang.T("请求过多", "Too many requests"), f.SwitchHref,
        RegisterHtml.Paragraph(f.Lang.T("查询过于频繁，请 1 分钟后再试。", "Too many requests from your address; please try again in a minute."), "error"));

    private static string NumberHint(UiLanguage lang, IReadOnlyList<string> examples) => examples.Count == 0
        ? string.Empty
        : RegisterHtml.Paragraph(lang.T(
            $"证书编号的形式例如：{string.Join("、", examples)}。机构前缀可以省略，不区分大小写，空格不影响查询。",
            $"A certificate number looks like {string.Join(", ", examples)}. The body's prefix may be left out; case and spaces do not matter."), "hint");

    private static string List(UiLanguage lang, IReadOnlyList<RegisterEntry> entries) => RegisterHtml.Table(
        [lang.T("证书编号", "Number"), lang.T("组织", "Organisation"), lang.T("认证项目", "Scheme"), lang.T("有效期至", "Valid until"), lang.T("状态", "Status")],
        entries.Select(e => (IReadOnlyList<string>)
        [
            $"<a class=\"nowrap\" href=\"/register/{PortalHtml.Encode(Uri.EscapeDataString(e.Number))}?lang={lang.Tag}\">{PortalHtml.Encode(e.DisplayNumber)}</a>",
            PortalHtml.Encode(e.Organization),
            PortalHtml.Encode(lang.T(e.SchemeNameZh, e.SchemeNameEn)),
            $"<span class=\"nowrap\">{Date(e.ExpiresOn)}</span>",
            $"<span class=\"{PortalHtml.Encode(e.Status)}\">{PortalHtml.Encode(lang.T(e.StatusZh, e.StatusEn))}</span>",
        ]));

    // A suspension line says how long it ran (to the next line) or, while in force, until when it may run.
    private static string Period(UiLanguage lang, RegisterCertificate c, RegisterHistoryItem h, int index)
    {
        if (h.To != CertificateStatusText.Code(CertificateState.Suspended) || h.From == h.To)
        {
            return string.Empty;
        }

        var next = index + 1 < c.History.Count ? c.History[index + 1] : null;
        var text = next is not null
            ? lang.T($"（暂停期 {Date(h.Date)} 至 {Date(next.Date)}）", $" (suspended {Date(h.Date)} to {Date(next.Date)})")
            : h.Until is { } until
                ? lang.T($"（暂停期 {Date(h.Date)} 至 {Date(until)}）", $" (suspended {Date(h.Date)} to {Date(until)})")
                : string.Empty;
        return PortalHtml.Encode(text);
    }

    private static string[] Row(string label, string value) => [PortalHtml.Encode(label), value];

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Date(string iso) => PortalHtml.Encode(iso);

    private static string StateName(UiLanguage lang, string? code) =>
        CertificateStatusText.Parse(code) is { } state ? PortalHtml.Encode(lang.T(CertificateStatusText.Name(state))) : "—";
}
