using TeamsCert.Domain;

namespace TeamsCert.Web.Texts;

/// <summary>Texts of the applicant-link card and of the link actions on other cards.</summary>
public static class LinkTexts
{
    public static readonly LocalizedText PanelTitle = new("申请人链接", "Applicant links");
    public static readonly LocalizedText MustActTitle = new("申请人待办：{0}", "The applicant must act on: {0}");
    public static readonly LocalizedText MustActLine = new("申请人须处理上述事项，但尚未收到链接（没有联系邮箱或未配置邮件服务器）。请创建并发送链接。",
        "The applicant must act on the above but has no link yet (no contact e-mail or no mail server). Create and send a link.");
    public static readonly LocalizedText Offers = new("申请人可通过链接处理", "The applicant can act through a link on");
    public static readonly LocalizedText NoOffers = new("申请人当前没有需要通过链接处理的事项。", "The applicant has nothing to do through a link now.");
    public static readonly LocalizedText Create = new("创建链接", "Create link");
    public static readonly LocalizedText CreateFor = new("创建链接：{0}", "Create link: {0}");
    public static readonly LocalizedText SendTo = new("发送至（电子邮件，可留空，留空则复制链接）", "Send to (e-mail; leave empty to copy the link)");
    public static readonly LocalizedText Days = new("有效天数（1–30）", "Valid for (days, 1–30)");
    public static readonly LocalizedText DaysError = new("请输入 1 至 30 的天数", "Enter 1 to 30 days");
    public static readonly LocalizedText Live = new("有效链接", "Live links");
    public static readonly LocalizedText NoLive = new("暂无有效链接。", "No live links.");
    public static readonly LocalizedText LiveLine = new("{0}，有效至 {1}，创建人 {2}", "{0}, valid until {1}, created by {2}");
    public static readonly LocalizedText Revoke = new("撤销", "Revoke");
    public static readonly LocalizedText Show = new("申请人链接", "Applicant links");
    public static readonly LocalizedText Created = new("链接已创建：{0}", "Link created: {0}");
    public static readonly LocalizedText Url = new("链接（仅此一次显示，请复制）", "Link (shown this once: copy it)");
    public static readonly LocalizedText ValidUntil = new("有效期至 {0}（北京时间）", "Valid until {0} (Beijing time)");
    public static readonly LocalizedText Emailed = new("已发送至 {0}", "E-mailed to {0}");
    public static readonly LocalizedText NotEmailed = new("未发送邮件，请复制链接发给申请人。", "Not e-mailed: copy the link to the applicant.");
    public static readonly LocalizedText NoSmtp = new("未配置邮件服务器，未发送；请复制链接发给申请人。", "No mail server is configured, so it was not e-mailed: copy the link to the applicant.");
    public static readonly LocalizedText MailFailed = new("邮件发送失败，请复制链接发给申请人。", "The e-mail could not be sent: copy the link to the applicant.");
}
