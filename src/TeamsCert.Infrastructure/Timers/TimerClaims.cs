using Microsoft.EntityFrameworkCore;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Timers;

/// <summary>Claims due pending timers for one node for the length of a lease, oldest first.</summary>
internal static class TimerClaims
{
    public static async Task<IReadOnlyList<Guid>> ClaimAsync(TeamsCertDbContext db, TimerOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        long? leaseMs = (now + options.Lease).ToUnixTimeMilliseconds();
        db.ChangeTracker.Clear();
        return db.Database.IsNpgsql()
            ? await ClaimLockedAsync(db, options, nowMs, leaseMs, cancellationToken)
            : await ClaimConditionallyAsync(db, options, nowMs, leaseMs, cancellationToken);
    }

    // PostgreSQL serves several app nodes. SKIP LOCKED hands each due row to exactly one claimer and lets the others
    // pass over it instead of queueing behind the lock; the lease written before commit keeps it theirs afterwards.
    private static async Task<IReadOnlyList<Guid>> ClaimLockedAsync(
        TeamsCertDbContext db, TimerOptions options, long nowMs, long? leaseMs, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await db.Timers.FromSql($"""
            SELECT * FROM timers
            WHERE "Status" = {TimerStatus.Pending} AND "FireAtMs" <= {nowMs}
              AND ("ClaimedUntilMs" IS NULL OR "ClaimedUntilMs" < {nowMs})
            ORDER BY "FireAtMs", "Id"
            LIMIT {options.BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.ClaimedBy = options.NodeId;
            row.ClaimedUntilMs = leaseMs;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return [.. rows.Select(r => r.Id)];
    }

    // SQLite is the single-node default: a conditional update per candidate is the claim, and one row affected means
    // it was won (another poller in the same process, or a retry after a lease ran out, gets zero).
    private static async Task<IReadOnlyList<Guid>> ClaimConditionallyAsync(
        TeamsCertDbContext db, TimerOptions options, long nowMs, long? leaseMs, CancellationToken cancellationToken)
    {
        var candidates = await db.Timers.AsNoTracking()
            .Where(t => t.Status == TimerStatus.Pending && t.FireAtMs <= nowMs && (t.ClaimedUntilMs == null || t.ClaimedUntilMs < nowMs))
            .OrderBy(t => t.FireAtMs).ThenBy(t => t.Id)
            .Take(options.BatchSize)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        var claimed = new List<Guid>(candidates.Count);
        foreach (var id in candidates)
        {
            var won = await db.Timers
                .Where(t => t.Id == id && t.Status == TimerStatus.Pending && (t.ClaimedUntilMs == null || t.ClaimedUntilMs < nowMs))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, options.NodeId).SetProperty(t => t.ClaimedUntilMs, leaseMs), cancellationToken);
            if (won == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }
}
