using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Infrastructure.Links;

/// <summary>
/// E-mails a new link (<see cref="ILinkMailer"/>) and then journals <c>link.emailed</c> with the recipient. A failed
/// send throws the mailer's exception and journals nothing.
/// </summary>
public sealed class SendSharedLink(ILinkMailer mailer, CaseStore store, TimeProvider time)
{
    public bool IsConfigured => mailer.IsConfigured;

    public async Task SendAsync(SharedLinkCreated created, Uri url, string to, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(created);
        ArgumentNullException.ThrowIfNull(actor);
        var link = created.Link;
        await mailer.SendAsync(new LinkMail(to, created.CaseNumber, created.Organization, link.Purpose, url, link.ExpiresAt), cancellationToken);

        // The link exists and the mail is gone: a concurrent change to the case must not turn this into an error.
        await new CaseUnitOfWork(store, time).ChangeAsync(link.CaseId, c => c.RecordLink("link.emailed", actor, time.GetUtcNow().ToUniversalTime(), null,
            new Dictionary<string, string> { ["linkId"] = link.Id.ToString("D"), ["to"] = to }), cancellationToken: cancellationToken);
    }
}
