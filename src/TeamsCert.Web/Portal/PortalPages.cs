using TeamsCert.Domain.Links;
using TeamsCert.Infrastructure.Links;

namespace TeamsCert.Web.Portal;

/// <summary>The portal's pages for a link: what the applicant is asked to do, or why the link does not work and what to do.</summary>
public static class PortalPages
{
    private const string AskZh = "请联系认证机构重新发送链接。";
    private const string AskEn = "Please ask the certification body for a new link.";

    /// <summary>Why the link does not work and what to do; a used-up link also shows where the case stands.</summary>
    public static (int Status, string Html) Refused(SharedLinkRefusal refusal, TeamsCert.Domain.Workflow.CertificationCase? @case = null) =>
        refusal == SharedLinkRefusal.Completed && @case is not null
            ? (410, PortalHtml.FormPage("链接已使用完毕", "This link has been used",
                PortalHtml.Paragraph("该事项已办理完成，链接不能再次使用。如需补充，请联系认证机构。")
                + PortalHtml.Paragraph("This request has been completed; the link cannot be used again. To add anything, please contact the certification body.", "en")
                + PortalStatusView.Render(@case), withScript: false))
            : Refused(refusal);

    /// <summary>The refusal in one line, zh-CN then English, for the page's script.</summary>
    public static string Describe(SharedLinkRefusal refusal) => refusal switch
    {
        SharedLinkRefusal.Expired => $"链接已过期。{AskZh} / This link has expired. {AskEn}",
        SharedLinkRefusal.Revoked => $"链接已撤销。{AskZh} / This link was revoked. {AskEn}",
        SharedLinkRefusal.Completed => "该事项已办理完成，链接不能再次使用。 / This request has been completed; the link cannot be used again.",
        _ => $"链接无效。{AskZh} / This link is not valid. {AskEn}",
    };

    public static (int Status, string Html) Refused(SharedLinkRefusal refusal) => refusal switch
    {
        SharedLinkRefusal.Expired => (410, Problem("链接已过期", "This link has expired", "该链接已超过有效期。", "The link is past its expiry date.")),
        SharedLinkRefusal.Revoked => (410, Problem("链接已撤销", "This link was revoked", "认证机构已撤销该链接。", "The certification body revoked this link.")),
        SharedLinkRefusal.Completed => (410, Problem("链接已使用完毕", "This link has been used", "该事项已办理完成，链接不能再次使用。", "This request has been completed; the link cannot be used again.")),
        _ => (404, Problem("链接无效", "This link is not valid", "找不到该链接：可能输入有误、不完整或已被改动。", "The link was not found: it may be mistyped, incomplete or altered.")),
    };

    /// <summary>The answer to a submission the runtime accepted: thanks, and where the case stands now.</summary>
    public static string Submitted(TeamsCert.Domain.Workflow.CertificationCase @case, string purpose)
    {
        var title = LinkPurposeTexts.Title(purpose);
        return PortalHtml.FormPage($"已提交：{title.ZhCn}", $"Submitted: {title.En}",
            "<p class=\"ok\" role=\"status\">" + PortalHtml.Bi($"案件 {@case.Number} 的{title.ZhCn}已提交，认证机构将尽快办理。此链接已失效。",
                $"The {title.En.ToLowerInvariant()} of case {@case.Number} has been submitted; the certification body will now act on it. This link is now spent.")
            + "</p>" + PortalStatusView.Render(@case), withScript: false);
    }

    public static string TooManyRequests() =>
        PortalHtml.Page("请求过于频繁", "Too many requests",
            PortalHtml.Paragraph("请稍等一分钟后再试。"), PortalHtml.Paragraph("Please wait a minute and try again."));

    private static string Problem(string zhTitle, string enTitle, string zhWhat, string enWhat) =>
        PortalHtml.Page(zhTitle, enTitle, PortalHtml.Paragraph(zhWhat) + PortalHtml.Paragraph(AskZh), PortalHtml.Paragraph(enWhat) + PortalHtml.Paragraph(AskEn));
}
