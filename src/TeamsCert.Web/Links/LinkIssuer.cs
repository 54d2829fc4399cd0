using System.Net.Mail;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Web.Links;

/// <summary>
/// Creates a shared link and, when an address is given and SMTP is configured, e-mails it (journaled <c>link.emailed</c>).
/// A mail failure never loses the link: the answer says so and carries the URL to copy.
/// </summary>
public sealed partial class LinkIssuer(CreateSharedLink create, ILinkMailer mailer, IConfiguration configuration, TimeProvider time, CaseStore store,
    ILogger<LinkIssuer> logger)
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
                await mailer.SendAsync(new LinkMail(sendTo, created.CaseNumber, created.Organization, created.Link.Purpose, url, created.Link.ExpiresAt), ct);
                (emailed, note) = (true, null);
                await JournalEmailedAsync(created, sendTo, actor, ct);
            }
            catch (SmtpException ex)
            {
                MailFailed(logger, ex, created.Link.Id);
                note = "邮件发送失败，请复制链接发给申请人 / the e-mail could not be sent: copy the url to the applicant";
            }
        }

        return new CreatedLinkView(created.Link.Id, url.AbsoluteUri, created.Link.ExpiresAt, created.Link.Purpose, emailed, emailed ? sendTo : null, note);
    }

    private async Task JournalEmailedAsync(SharedLinkCreated created, string to, Actor actor, CancellationToken ct)
    {
        // The link exists and the mail is gone: a concurrent change to the case must not turn this into an error.
        for (var attempt = 1; ; attempt++)
        {
            store.Reset();
            var @case = await store.LoadAsync(created.Link.CaseId, ct) ?? throw new CaseNotFoundException(created.Link.CaseId);
            @case.RecordLink("link.emailed", actor, time.GetUtcNow().ToUniversalTime(), null,
                new Dictionary<string, string> { ["linkId"] = created.Link.Id.ToString("D"), ["to"] = to });
            try
            {
                await store.SaveAsync(@case, cancellationToken: ct);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < 5)
            {
                // Reload and record again.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mailing shared link {LinkId} failed")]
    private static partial void MailFailed(ILogger logger, Exception exception, Guid linkId);
}
