using System.Net.Mail;
using Microsoft.Extensions.Logging;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;

namespace TeamsCert.Infrastructure.Links;

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
public sealed partial class LinkIssuer(CreateSharedLink create, SendSharedLink mailer, ILogger<LinkIssuer> logger)
{
    public async Task<IssuedLink> IssueAsync(Guid caseId, string? purpose, int? expiresInDays, string? sendTo, Actor actor, Func<string, Uri> urlOf,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(urlOf);
        sendTo = string.IsNullOrWhiteSpace(sendTo) ? null : sendTo.Trim();
        PlainText.Ensure("sendTo", sendTo);
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
