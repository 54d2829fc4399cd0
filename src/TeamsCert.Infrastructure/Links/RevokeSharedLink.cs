using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Links;

/// <summary>Revokes a link (journaled as <c>link.revoked</c>); revoking it again changes nothing.</summary>
public sealed class RevokeSharedLink(TeamsCertDbContext db, CaseStore store, TimeProvider time)
{
    private const int Attempts = 5;

    public async Task RevokeAsync(Guid linkId, Actor actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        LinkActors.EnsureStaffMayManage(actor);
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
