using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Links;

/// <summary>Revokes a link (journaled as <c>link.revoked</c>); revoking it again changes nothing.</summary>
public sealed class RevokeSharedLink(TeamsCertDbContext db, CaseStore store, TimeProvider time, CaseAccessGate access)
{
    private const int Attempts = 5;

    public async Task RevokeAsync(Guid linkId, Actor actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        // Staff: the one gate (ManageLinks) on the link's case before anything changes.
        access.Ensure(actor, CaseOperation.ManageLinks, "links.revoke");
        var caseId = await db.SharedLinks.AsNoTracking().Where(l => l.Id == linkId).Select(l => (Guid?)l.CaseId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new LinkNotFoundException(linkId);
        await access.EnsureAsync(store, caseId, actor, CaseOperation.ManageLinks, "links.revoke", cancellationToken);
        await RevokeCheckedAsync(linkId, actor, reason, cancellationToken);
    }

    /// <summary>The runtime withdraws a link it created but could not deliver (journaled as the system).</summary>
    public Task RevokeForRuntimeAsync(Guid linkId, string reason, CancellationToken cancellationToken = default) =>
        RevokeCheckedAsync(linkId, Actor.System, reason, cancellationToken);

    private async Task RevokeCheckedAsync(Guid linkId, Actor actor, string? reason, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var link = await db.SharedLinks.FirstOrDefaultAsync(l => l.Id == linkId, cancellationToken) ?? throw new LinkNotFoundException(linkId);
            if (link.RevokedAt is not null)
            {
                return;
            }

            var @case = await store.LoadAsync(link.CaseId, cancellationToken) ?? throw new CaseNotFoundException(link.CaseId);
            var now = time.GetUtcNow().ToUniversalTime();
            link.RevokedAt = now;
            link.RevokedBy = actor.Id;
            @case.RecordLink("link.revoked", actor, now, reason, new Dictionary<string, string> { ["linkId"] = link.Id.ToString("D"), ["purpose"] = link.Purpose });
            try
            {
                await store.SaveAsync(@case, cancellationToken: cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                store.Reset();
            }
        }
    }
}
