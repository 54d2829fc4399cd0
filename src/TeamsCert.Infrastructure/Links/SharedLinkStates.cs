using Microsoft.EntityFrameworkCore;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Links;

/// <summary>Whether a link can still be opened: not revoked, not completed and not expired.</summary>
public static class SharedLinkStates
{
    public static bool IsLive(SharedLinkRow row, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.RevokedAt is null && row.CompletedAt is null && now < row.ExpiresAt;
    }

    /// <summary>The case's live links, oldest first (expiry is compared in memory: SQLite cannot compare offsets).</summary>
    public static async Task<List<SharedLinkRow>> LiveAsync(TeamsCertDbContext db, Guid caseId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.SharedLinks.AsNoTracking()
            .Where(l => l.CaseId == caseId && l.RevokedAt == null && l.CompletedAt == null)
            .ToListAsync(cancellationToken);
        return [.. rows.Where(r => IsLive(r, now)).OrderBy(r => r.CreatedAt)];
    }

    public static async Task<bool> StepHasLiveLinkAsync(TeamsCertDbContext db, Guid caseId, Guid stepId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        (await LiveAsync(db, caseId, now, cancellationToken)).Any(l => l.StepId == stepId);
}
