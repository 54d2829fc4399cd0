using System.Text;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Web.Texts;
using static TeamsCert.Web.Portal.PortalHtml;

namespace TeamsCert.Web.Portal;

/// <summary>
/// The portal's pages for a link that cannot be used: why, and what to do — ask for a new link with one button, or reach
/// the certification body by its telephone and e-mail. Nothing about the case is shown unless the link was used up by
/// its own applicant (then where the case stands).
/// </summary>
public static class PortalPages
{
    /// <summary>Why the link does not work and what to do; a used-up link also shows where the case stands.</summary>
    public static (int Status, string Html) Refused(SharedLinkRefusal refusal, PortalChrome chrome, string token, CertificationCase? @case = null)
    {
        ArgumentNullException.ThrowIfNull(chrome);
        if (refusal == SharedLinkRefusal.Completed)
        {
            var body = Paragraph(chrome.T("该事项已办理完成，链接不能再次使用。", "This request has been completed; the link cannot be used again."))
                + Paragraph(chrome.ContactUs("如需补充，", "To add anything,"))
                + (@case is null ? string.Empty : PortalStatusView.Render(@case, chrome.Lang));
            return (410, Page(chrome, chrome.T("链接已使用完毕", "This link has been used"), body));
        }

        var (status, title, what) = refusal switch
        {
            SharedLinkRefusal.Expired => (410, chrome.T("链接已过期", "This link has expired"), chrome.T("该链接已超过有效期。", "The link is past its expiry date.")),
            SharedLinkRefusal.Revoked => (410, chrome.T("链接已撤销", "This link was revoked"), chrome.T("认证机构已撤销该链接。", "The certification body revoked this link.")),
            _ => (404, chrome.T("链接无效", "This link is not valid"),
                chrome.T("找不到该链接：可能输入有误、不完整或已被改动。", "The link was not found: it may be mistyped, incomplete or altered.")),
        };
        var html = new StringBuilder(Paragraph(what))
            .Append(Paragraph(chrome.T("您可以请认证机构重新发送链接：点击下面的按钮，负责的工作人员会收到通知，核实后把新链接发到申请时登记的邮箱。",
                "You can ask the certification body for a new link: press the button below; the staff in charge are told, and after checking they e-mail a new link to the address given for the application.")))
            .Append("<form method=\"post\" action=\"").Append(Encode($"/portal/{token}/new-link")).Append("\"><button type=\"submit\" id=\"request-link\">")
            .Append(Encode(chrome.T("请重新发送链接", "Send me a new link"))).Append("</button></form>")
            .Append(Paragraph(chrome.ContactUs("也可以直接", "You can also")));
        return (status, Page(chrome, title, html.ToString()));
    }

    /// <summary>The answer to "send me a new link", the same whatever the token was, so it tells a stranger nothing.</summary>
    public static string NewLinkRequested(PortalChrome chrome)
    {
        ArgumentNullException.ThrowIfNull(chrome);
        return Page(chrome, chrome.T("已收到您的请求", "Your request was received"),
            "<p class=\"ok\" role=\"status\" id=\"link-requested\">" + Encode(chrome.T(
                "如果这是认证机构发出的链接，负责的工作人员已收到通知，会在核实后把新链接发到申请时登记的邮箱，通常在一个工作日内。",
                "If this link came from the certification body, the staff in charge have been told; after checking, they e-mail a new link to the address given for the application, usually within one working day.")) + "</p>"
            + Paragraph(chrome.ContactUs("如未收到或情况紧急，", "If nothing arrives or it is urgent,")));
    }

    /// <summary>The refusal in one line, in the page's language, for the page's script.</summary>
    public static string Describe(SharedLinkRefusal refusal, PortalChrome chrome)
    {
        ArgumentNullException.ThrowIfNull(chrome);
        return refusal switch
        {
            SharedLinkRefusal.Expired => chrome.T("链接已过期。", "This link has expired. ") + chrome.ContactUs("", ""),
            SharedLinkRefusal.Revoked => chrome.T("链接已撤销。", "This link was revoked. ") + chrome.ContactUs("", ""),
            SharedLinkRefusal.Completed => chrome.T("该事项已办理完成，链接不能再次使用。", "This request has been completed; the link cannot be used again."),
            _ => chrome.T("链接无效。", "This link is not valid. ") + chrome.ContactUs("", ""),
        };
    }

    public static string TooManyRequests(PortalChrome chrome)
    {
        ArgumentNullException.ThrowIfNull(chrome);
        return Page(chrome, chrome.T("请求过于频繁", "Too many requests"), Paragraph(chrome.T("请稍等一分钟后再试。", "Please wait a minute and try again.")));
    }
}
