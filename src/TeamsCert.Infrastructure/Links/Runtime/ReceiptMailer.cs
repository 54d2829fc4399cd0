using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.Outbox;

namespace TeamsCert.Infrastructure.Links.Runtime;

/// <summary>
/// E-mails the portal's submission receipt (outbound message <c>submission-receipt</c>, queued with the submission) to
/// the applicant's address, in the language of the page they submitted from, through the links' SMTP server. Without
/// <c>Smtp:Host</c> or an address the message goes on to the configured sender only (logged). A failed send throws, so
/// the outbox tries again.
/// </summary>
public sealed class ReceiptMailer(IOptions<SmtpOptions> options)
{
    public const string Kind = "submission-receipt";

    public bool CanSend(OutboundDelivery message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Kind == Kind && options.Value.IsConfigured && !string.IsNullOrWhiteSpace(options.Value.From)
            && MailAddress.TryCreate(message.Data.GetValueOrDefault("to")?.Trim(), out _);
    }

    public async Task SendAsync(OutboundDelivery message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var smtp = options.Value;
        var data = message.Data;
        using var mail = new MailMessage(new MailAddress(smtp.From!), new MailAddress(data["to"].Trim()))
        {
            Subject = data.GetValueOrDefault("subject") ?? data.GetValueOrDefault("caseNumber") ?? string.Empty,
            SubjectEncoding = Encoding.UTF8,
            Body = Body(data),
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.Base64,
            IsBodyHtml = false,
        };
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        await client.SendMailAsync(mail, cancellationToken);
    }

    private static string Body(IReadOnlyDictionary<string, string> data)
    {
        var chinese = data.GetValueOrDefault("lang") != "en";
        var text = new StringBuilder();
        text.AppendLine(chinese ? $"案件编号：{data.GetValueOrDefault("caseNumber")}" : $"Case number: {data.GetValueOrDefault("caseNumber")}");
        text.AppendLine(chinese ? $"提交时间（北京时间）：{data.GetValueOrDefault("submittedAt")}" : $"Submitted at (Beijing time): {data.GetValueOrDefault("submittedAt")}");
        text.AppendLine().AppendLine(chinese ? "提交的内容：" : "What you submitted:").AppendLine(data.GetValueOrDefault("answers"));
        text.AppendLine().AppendLine(chinese ? "提交的文件：" : "Files submitted:").AppendLine(data.GetValueOrDefault("files"));
        text.AppendLine().AppendLine(data.GetValueOrDefault("next")).AppendLine(data.GetValueOrDefault("contact"));
        return text.ToString();
    }
}
