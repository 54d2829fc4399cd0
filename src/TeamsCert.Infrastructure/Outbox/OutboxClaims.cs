using Microsoft.EntityFrameworkCore;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Outbox;

/// <summary>
/// Claims ready outbox rows for one node, oldest first. The table has no claim columns, so a claim pushes
/// <c>NextAttemptMs</c> to the end of the lease (a visibility timeout): other nodes skip the row until it lapses.
/// </summary>
internal static class OutboxClaims
{
    /// <returns>The claimed rows, detached, with <c>NextAttemptMs</c> set to the lease end that identifies the claim.</returns>
    public static async Task<IReadOnlyList<OutboxRow>> ClaimAsync(TeamsCertDbContext db, OutboxOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var leaseMs = (now + options.Lease).ToUnixTimeMilliseconds();
        db.ChangeTracker.Clear();
        var claimed = db.Database.IsNpgsql()
            ? await ClaimLockedAsync(db, options, nowMs, leaseMs, cancellationToken)
            : await ClaimConditionallyAsync(db, options, nowMs, leaseMs, cancellationToken);
        db.ChangeTracker.Clear();
        return claimed;
    }

    // PostgreSQL: SKIP LOCKED gives each ready row to one node without making the others wait (as for timers).
    private static async Task<IReadOnlyList<OutboxRow>> ClaimLockedAsync(
        TeamsCertDbContext db, OutboxOptions options, long nowMs, long leaseMs, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await db.Outbox.FromSql($"""
            SELECT * FROM outbox
            WHERE "Status" = {OutboxStatus.Pending} AND "NextAttemptMs" <= {nowMs}
            ORDER BY "NextAttemptMs", "CreatedAtMs", "Id"
            LIMIT {options.BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        rows.ForEach(r => r.NextAttemptMs = leaseMs);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    // SQLite (one node): a compare-and-set on NextAttemptMs per candidate; one row affected means the claim was won.
    private static async Task<IReadOnlyList<OutboxRow>> ClaimConditionallyAsync(
        TeamsCertDbContext db, OutboxOptions options, long nowMs, long leaseMs, CancellationToken cancellationToken)
    {
        var candidates = await db.Outbox.AsNoTracking()
            .Where(o => o.Status == OutboxStatus.Pending && o.NextAttemptMs <= nowMs)
            .OrderBy(o => o.NextAttemptMs).ThenBy(o => o.CreatedAtMs).ThenBy(o => o.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
        var claimed = new List<OutboxRow>(candidates.Count);
        foreach (var row in candidates)
        {
            var won = await db.Outbox
                .Where(o => o.Id == row.Id && o.Status == OutboxStatus.Pending && o.NextAttemptMs == row.NextAttemptMs)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.NextAttemptMs, leaseMs), cancellationToken);
            if (won == 1)
            {
                row.NextAttemptMs = leaseMs;
                claimed.Add(row);
            }
        }

        return claimed;
    }
}
