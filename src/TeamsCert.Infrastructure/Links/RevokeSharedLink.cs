using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Infrastructure.Links;

/// <summary>Revokes a link (journaled as <c>link.revoked</c>); revoking it again changes nothing.</summary>
public sealed class RevokeSharedLink(TeamsCertDbContext db, CaseStore store, TimeProvider time, CaseAccessGate access)
{
    public async Task RevokeAsync(Guid linkId, Actor actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        // Staff: the one gate (ManageLinks) on the link's case before anything changes.
        access.Ensure(actor, CaseOperation.ManageLinks, "links.revoke");
        var caseId = await CaseOfAsync(linkId, cancellationToken);
        await access.EnsureAsync(store, caseId, actor, CaseOperation.ManageLinks, "links.revoke", cancellationToken);
        await RevokeCheckedAsync(caseId, linkId, actor, reason, cancellationToken);
    }

    /// <summary>The runtime withdraws a link it created but could not deliver (journaled as the system).</summary>
    public async Task RevokeForRuntimeAsync(Guid linkId, string reason, CancellationToken cancellationToken = default) =>
        await RevokeCheckedAsync(await CaseOfAsync(linkId, cancellationToken), linkId, Actor.System, reason, cancellationToken);

    private async Task<Guid> CaseOfAsync(Guid linkId, CancellationToken cancellationToken) =>
        await db.SharedLinks.AsNoTracking().Where(l => l.Id == linkId).Select(l => (Guid?)l.CaseId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new LinkNotFoundException(linkId);

    private async Task RevokeCheckedAsync(Guid caseId, Guid linkId, Actor actor, string? reason, CancellationToken cancellationToken)
    {
        PlainText.Ensure(InputLimits.Reason, reason);
        await new CaseUnitOfWork(store, time).ChangeAsync(caseId, async (@case, ct) =>
        {
            var link = await db.SharedLinks.FirstAsync(l => l.Id == linkId, ct);
            if (link.RevokedAt is not null)
            {
                return false;
            }

            var now = time.GetUtcNow().ToUniversalTime();
            link.RevokedAt = now;
            link.RevokedBy = actor.Id;
            @case.RecordLink("link.revoked", actor, now, reason, new Dictionary<string, string> { ["linkId"] = link.Id.ToString("D"), ["purpose"] = link.Purpose });
            return true;
        }, cancellationToken: cancellationToken);
    }
}
