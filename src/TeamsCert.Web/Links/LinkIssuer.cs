using System.Net.Mail;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Links;

namespace TeamsCert.Web.Links;

/// <summary>
/// Creates a shared link and, when an address is given and SMTP is configured, e-mails it (<see cref="SendSharedLink"/>,
/// journaled <c>link.emailed</c>). A mail failure never loses the link: the answer says so and carries the URL to copy.
/// </summary>
public sealed partial class LinkIssuer(CreateSharedLink create, SendSharedLink mailer, IConfiguration configuration, ILogger<LinkIssuer> logger)
{
    public async Task<CreatedLinkView> IssueAsync(Guid caseId, string? purpose, int? expiresInDays, string? sendTo, Actor actor, HttpRequest request,
        CancellationToken ct)
    {
        sendTo = string.IsNullOrWhiteSpace(sendTo) ? null : sendTo.Trim();
        if (sendTo is not null && !MailAddress.TryCreate(sendTo, out _))
        {
            throw new InvalidInputException("sendTo", "收件地址不是有效的电子邮件地址 / sendTo is not a valid e-mail address");
        }

        var created = await create.CreateAsync(caseId, purpose, expiresInDays, actor, ct);
        var url = PortalUrls.For(created.Token, configuration, request);
        var (emailed, note) = (false, "未发送邮件，请复制链接发给申请人 / not e-mailed: copy the url to the applicant");
        if (sendTo is not null && !mailer.IsConfigured)
        {
            note = "未配置邮件服务器（Smtp:Host），未发送；请复制链接 / no mail server configured (Smtp:Host): not e-mailed, copy the url";
        }
        else if (sendTo is not null)
        {
            try
            {
                await mailer.SendAsync(created, url, sendTo, actor, ct);
                (emailed, note) = (true, null);
            }
            catch (SmtpException ex)
            {
                MailFailed(logger, ex, created.Link.Id);
                note = "邮件发送失败，请复制链接发给申请人 / the e-mail could not be sent: copy the url to the applicant";
            }
        }

        return new CreatedLinkView(created.Link.Id, url.AbsoluteUri, created.Link.ExpiresAt, created.Link.Purpose, emailed, emailed ? sendTo : null, note);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mailing shared link {LinkId} failed")]
    private static partial void MailFailed(ILogger logger, Exception exception, Guid linkId);
}
