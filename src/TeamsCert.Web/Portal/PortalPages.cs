using System.Globalization;
using TeamsCert.Domain.Links;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Web.Bot.Cards.Text;

namespace TeamsCert.Web.Portal;

/// <summary>The portal's pages for a link: what the applicant is asked to do, or why the link does not work and what to do.</summary>
public static class PortalPages
{
    private const string AskZh = "请联系认证机构重新发送链接。";
    private const string AskEn = "Please ask the certification body for a new link.";

    public static string Valid(SharedLinkResolution resolution)
    {
        var @case = resolution.Case!;
        var link = resolution.Link!;
        var step = resolution.Step!;
        var title = LinkPurposeTexts.Title(link.Purpose);
        var ask = LinkPurposeTexts.Ask(link.Purpose);
        var stepTitle = StepTexts.For(step.Kind).Title;
        var due = step.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expires = TimeZoneInfo.ConvertTime(link.ExpiresAt, TeamsCert.Domain.Calendar.ShanghaiTime.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var zh = PortalHtml.Facts(
            ("案件编号", @case.Number),
            ("申请组织", @case.Organization),
            ("事项", title.ZhCn),
            ("待办步骤", stepTitle.ZhCn),
            ("办理期限", due ?? (step.Paused ? "计时暂停" : "未设定")),
            ("链接有效期至（北京时间）", expires))
            + PortalHtml.Paragraph(ask.ZhCn)
            + PortalHtml.Paragraph("在线表单：此功能即将开放。", "note");
        var en = PortalHtml.Facts(
            ("Case number", @case.Number),
            ("Organisation", @case.Organization),
            ("Purpose", title.En),
            ("Pending step", stepTitle.En),
            ("Due", due ?? (step.Paused ? "clock paused" : "not set")),
            ("Link valid until (Beijing time)", expires))
            + PortalHtml.Paragraph(ask.En)
            + PortalHtml.Paragraph("Online form: coming soon.", "note");
        return PortalHtml.Page($"{title.ZhCn} · {@case.Number}", $"{title.En} · {@case.Number}", zh, en);
    }

    public static (int Status, string Html) Refused(SharedLinkRefusal refusal) => refusal switch
    {
        SharedLinkRefusal.Expired => (410, Problem("链接已过期", "This link has expired", "该链接已超过有效期。", "The link is past its expiry date.")),
        SharedLinkRefusal.Revoked => (410, Problem("链接已撤销", "This link was revoked", "认证机构已撤销该链接。", "The certification body revoked this link.")),
        SharedLinkRefusal.Completed => (410, Problem("链接已使用完毕", "This link has been used", "该事项已办理完成，链接不能再次使用。", "This request has been completed; the link cannot be used again.")),
        _ => (404, Problem("链接无效", "This link is not valid", "找不到该链接：可能输入有误、不完整或已被改动。", "The link was not found: it may be mistyped, incomplete or altered.")),
    };

    public static string TooManyRequests() =>
        PortalHtml.Page("请求过于频繁", "Too many requests",
            PortalHtml.Paragraph("请稍等一分钟后再试。"), PortalHtml.Paragraph("Please wait a minute and try again."));

    private static string Problem(string zhTitle, string enTitle, string zhWhat, string enWhat) =>
        PortalHtml.Page(zhTitle, enTitle, PortalHtml.Paragraph(zhWhat) + PortalHtml.Paragraph(AskZh), PortalHtml.Paragraph(enWhat) + PortalHtml.Paragraph(AskEn));
}
