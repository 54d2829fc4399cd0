using System.Net.Mail;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Links;

namespace TeamsCert.Web.Links;

/// <summary>What became of the e-mail of a link just created.</summary>
public enum LinkMailOutcome
{
    NotAsked,
    NoMailServer,
    Failed,
    Sent,
}

/// <summary>A link just created: the only time its URL exists, and whether it was e-mailed.</summary>
public sealed record IssuedLink(SharedLinkCreated Created, Uri Url, LinkMailOutcome Mail, string? SentTo);

/// <summary>
/// Creates a shared link and, when an address is given and SMTP is configured, e-mails it (<see cref="SendSharedLink"/>,
/// journaled <c>link.emailed</c>). The one way staff create links: the API, the tab and the Teams card. A mail failure
/// never loses the link: the answer says so and carries the URL to copy.
/// </summary>
public sealed partial class LinkIssuer(CreateSharedLink create, SendSharedLink mailer, IConfiguration configuration, ILogger<LinkIssuer> logger)
{
    /// <summary>For a web request: the URL on <c>App:PublicBaseUrl</c> or the request's base, with the API's texts.</summary>
    public async Task<CreatedLinkView> IssueAsync(Guid caseId, string? purpose, int? expiresInDays, string? sendTo, Actor actor, HttpRequest request,
        CancellationToken ct)
    {
        var issued = await IssueAsync(caseId, purpose, expiresInDays, sendTo, actor, token => PortalUrls.For(token, configuration, request), ct);
        var note = issued.Mail switch
        {
            LinkMailOutcome.Sent => null,
            LinkMailOutcome.NoMailServer => "未配置邮件服务器（Smtp:Host），未发送；请复制链接 / no mail server configured (Smtp:Host): not e-mailed, copy the url",
            LinkMailOutcome.Failed => "邮件发送失败，请复制链接发给申请人 / the e-mail could not be sent: copy the url to the applicant",
            _ => "未发送邮件，请复制链接发给申请人 / not e-mailed: copy the url to the applicant",
        };
        var link = issued.Created.Link;
        return new CreatedLinkView(link.Id, issued.Url.AbsoluteUri, link.ExpiresAt, link.Purpose, issued.Mail == LinkMailOutcome.Sent, issued.SentTo, note);
    }

    public async Task<IssuedLink> IssueAsync(Guid caseId, string? purpose, int? expiresInDays, string? sendTo, Actor actor, Func<string, Uri> urlOf,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(urlOf);
        sendTo = string.IsNullOrWhiteSpace(sendTo) ? null : sendTo.Trim();
        if (sendTo is not null && !MailAddress.TryCreate(sendTo, out _))
        {
            throw new InvalidInputException("sendTo", "收件地址不是有效的电子邮件地址 / sendTo is not a valid e-mail address");
        }

        var created = await create.CreateAsync(caseId, purpose, expiresInDays, actor, ct);
        var url = urlOf(created.Token);
        if (sendTo is null)
        {
            return new IssuedLink(created, url, LinkMailOutcome.NotAsked, null);
        }

        if (!mailer.IsConfigured)
        {
            return new IssuedLink(created, url, LinkMailOutcome.NoMailServer, null);
        }

        try
        {
            await mailer.SendAsync(created, url, sendTo, actor, ct);
            return new IssuedLink(created, url, LinkMailOutcome.Sent, sendTo);
        }
        catch (SmtpException ex)
        {
            MailFailed(logger, ex, created.Link.Id);
            return new IssuedLink(created, url, LinkMailOutcome.Failed, null);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mailing shared link {LinkId} failed")]
    private static partial void MailFailed(ILogger logger, Exception exception, Guid linkId);
}
