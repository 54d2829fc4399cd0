using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Links;

namespace TeamsCert.Infrastructure.Links;

/// <summary>E-mails a link through the configured SMTP server: a plain-text message, Chinese first, then English.</summary>
public sealed class SmtpLinkMailer(IOptions<SmtpOptions> options) : ILinkMailer
{
    public bool IsConfigured => options.Value.IsConfigured;

    public async Task SendAsync(LinkMail mail, CancellationToken cancellationToken = default)
    {
        var smtp = options.Value;
        if (!smtp.IsConfigured)
        {
            throw new InvalidOperationException("Smtp:Host is not configured.");
        }

        using var message = new MailMessage(new MailAddress(smtp.From!), new MailAddress(mail.To))
        {
            Subject = Subject(mail),
            SubjectEncoding = Encoding.UTF8,
            Body = Body(mail),
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.Base64,
            IsBodyHtml = false,
        };
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        await client.SendMailAsync(message, cancellationToken);
    }

    private static string Subject(LinkMail mail)
    {
        var title = LinkPurposeTexts.Title(mail.Purpose);
        return $"案件 {mail.CaseNumber}：{title.ZhCn} / Case {mail.CaseNumber}: {title.En}";
    }

    private static string Body(LinkMail mail)
    {
        var ask = LinkPurposeTexts.Ask(mail.Purpose);
        var expires = TimeZoneInfo.ConvertTime(mail.ExpiresAt, ShanghaiTime.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{mail.Organization}：");
        text.AppendLine(CultureInfo.InvariantCulture, $"案件 {mail.CaseNumber}。{ask.ZhCn}");
        text.AppendLine(CultureInfo.InvariantCulture, $"请打开以下链接（有效期至北京时间 {expires}，仅限本案件本事项使用，请勿转发）：");
        text.AppendLine(mail.Url.AbsoluteUri);
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Case {mail.CaseNumber}. {ask.En}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Open this link (valid until {expires} Beijing time, for this case and this purpose only; do not forward it):");
        text.AppendLine(mail.Url.AbsoluteUri);
        return text.ToString();
    }
}
