using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Workflow;

namespace TeamsCert.Infrastructure.Persistence;

/// <summary>
/// Loads and saves cases. One save is one transaction: the case row (version-checked), its steps, the new journal
/// entries chained to the last one, timer replacements, outbox messages, the case's public register rows and the
/// action's idempotency key. <paramref name="schemes"/> names the rule set in the register (the scheme code without it).
/// </summary>
public sealed class CaseStore(TeamsCertDbContext db, TimeProvider time, SchemeCatalog? schemes = null)
{
    private readonly Dictionary<Guid, CaseRow> _loaded = [];

    public async Task<CertificationCase?> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var row = await db.Cases.Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        _loaded[id] = row;
        return CaseMapper.ToDomain(row);
    }

    public async Task<string> NextNumberAsync(string scheme, int year, CancellationToken cancellationToken = default)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{scheme}-{year}-");
        var count = await db.Cases.CountAsync(c => c.Number.StartsWith(prefix), cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{count + 1:0000}");
    }

    public Task<IdempotencyRow?> FindIdempotencyKeyAsync(string key, CancellationToken cancellationToken = default) =>
        db.IdempotencyKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Key == key, cancellationToken);

    /// <summary>Forgets loaded rows so a retry reads the case afresh.</summary>
    public void Reset()
    {
        _loaded.Clear();
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Saves the case when it changed (or an idempotency key is to be kept), else only whatever else the context tracks
    /// (a timer marked cancelled, say); nothing at all when nothing changed.
    /// </summary>
    public async Task SaveChangesAsync(CertificationCase @case, IdempotencyRow? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.HasChanges || idempotencyKey is not null || !_loaded.ContainsKey(@case.Id))
        {
            await SaveAsync(@case, idempotencyKey, cancellationToken);
        }
        else if (db.ChangeTracker.HasChanges())
        {
            await CommitAsync(@case.Id, cancellationToken);
        }
    }

    public async Task SaveAsync(CertificationCase @case, IdempotencyRow? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        if (!_loaded.TryGetValue(@case.Id, out var row))
        {
            row = new CaseRow { Version = 1 };
            CaseMapper.CopyTo(@case, row);
            db.Cases.Add(row);
        }
        else
        {
            CaseMapper.CopyTo(@case, row);
            db.Entry(row).Property(r => r.Version).OriginalValue = @case.Version;
            row.Version = @case.Version + 1;
        }

        await AppendJournalAsync(@case, cancellationToken);
        await ReplaceTimersAsync(@case, cancellationToken);
        await SyncRegisterAsync(@case, cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var message in @case.NewMessages)
        {
            db.Outbox.Add(new OutboxRow
            {
                Id = Guid.NewGuid(),
                IdempotencyKey = message.IdempotencyKey,
                CaseId = @case.Id,
                Kind = message.Kind,
                Recipient = message.Recipient,
                DataJson = JsonSerializer.Serialize(message.Data),
                CreatedAtMs = now,
                NextAttemptMs = now,
            });
        }

        if (idempotencyKey is not null)
        {
            db.IdempotencyKeys.Add(idempotencyKey);
        }

        await CommitAsync(@case.Id, cancellationToken);
        _loaded[@case.Id] = row;
        @case.AcceptChanges(row.Version);
    }

    /// <summary>Loads a timer row tracked by this store, so marking it can be saved with its case by <see cref="SaveTimerAsync"/>.</summary>
    public Task<TimerRow?> LoadTimerAsync(Guid timerId, CancellationToken cancellationToken = default) =>
        db.Timers.FirstOrDefaultAsync(t => t.Id == timerId, cancellationToken);

    /// <summary>
    /// Saves a timer from <see cref="LoadTimerAsync"/> that the caller marked fired or cancelled, with the case changes it
    /// caused (journal entry, outbox message) in the same SaveChanges, so neither exists without the other. The timer's
    /// status is a concurrency token: if another node marked it first, nothing is saved (<see cref="ConcurrencyConflictException"/>).
    /// </summary>
    public async Task SaveTimerAsync(TimerRow timer, CertificationCase? changedCase, CancellationToken cancellationToken = default)
    {
        if (db.Entry(timer).State == EntityState.Detached)
        {
            throw new InvalidOperationException("The timer must be loaded through this store so its change joins the case's save.");
        }

        if (changedCase is not null)
        {
            await SaveAsync(changedCase, cancellationToken: cancellationToken);
            return;
        }

        await CommitAsync(timer.CaseId, cancellationToken);
    }

    // A lost race becomes ConcurrencyConflictException and a refused value StoredValueRejectedException (DatabaseErrors).
    private async Task CommitAsync(Guid caseId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.Translate(ex, caseId) is { } translated)
        {
            throw translated;
        }
    }

    public async Task<IReadOnlyList<JournalRow>> JournalAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await db.Journal.AsNoTracking().Where(j => j.CaseId == caseId).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);

    private async Task AppendJournalAsync(CertificationCase @case, CancellationToken cancellationToken)
    {
        if (@case.NewEvents.Count == 0)
        {
            return;
        }

        var last = await db.Journal.Where(j => j.CaseId == @case.Id).OrderByDescending(j => j.Sequence)
            .Select(j => new { j.Sequence, j.Hash }).FirstOrDefaultAsync(cancellationToken);
        var (sequence, previous) = last is null ? (0, JournalChain.Genesis) : (last.Sequence, last.Hash);
        foreach (var e in @case.NewEvents)
        {
            var entry = new JournalRow
            {
                CaseId = @case.Id,
                Sequence = ++sequence,
                Type = e.Type,
                ActorId = e.ActorId,
                At = JournalChain.Normalise(e.At),
                Reason = e.Reason,
                RuleId = e.RuleId,
                DataJson = JournalChain.CanonicalData(e.Data),
                PreviousHash = previous,
            };
            entry.Hash = JournalChain.Hash(entry);
            previous = entry.Hash;
            db.Journal.Add(entry);
        }
    }

    private Task SyncRegisterAsync(CertificationCase @case, CancellationToken cancellationToken)
    {
        if (@case.Facts.Certificate is null && @case.Facts.PreviousCertificates.Count == 0)
        {
            return Task.CompletedTask;
        }

        var rows = RegisterRows.For(@case.Id, @case.Scheme, @case.RuleSetVersion, @case.Organization, @case.Scope, @case.Facts, schemes);
        return RegisterRows.SyncAsync(db, @case.Id, rows, time.GetUtcNow().ToUniversalTime(), cancellationToken);
    }

    private async Task ReplaceTimersAsync(CertificationCase @case, CancellationToken cancellationToken)
    {
        foreach (var (stepId, timers) in @case.TimerChanges)
        {
            var pending = await db.Timers.Where(t => t.StepId == stepId && t.Status == TimerStatus.Pending).ToListAsync(cancellationToken);
            pending.ForEach(t => t.Status = TimerStatus.Cancelled);
            db.Timers.AddRange(timers.Select(t => new TimerRow
            {
                Id = Guid.NewGuid(),
                CaseId = @case.Id,
                StepId = stepId,
                Kind = t.Kind,
                RuleId = t.RuleId,
                FireAtMs = t.FireAt.ToUnixTimeMilliseconds(),
            }));
        }
    }
}
