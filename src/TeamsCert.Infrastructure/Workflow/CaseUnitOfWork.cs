using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Workflow;

/// <summary>
/// The one way to change a case, whatever surface asks (bot, API, tab, portal, timer, CLI): load the case, apply the
/// change, save case, journal, timers, outbox, register rows, any rows the change added to the same context and the
/// idempotency key in one transaction. A lost race (<see cref="ConcurrencyConflictException"/>) runs the whole attempt
/// again on the reloaded case (<see cref="LostRaceRetry"/>), so the change must be written to be re-run: it adds its
/// rows inside <c>apply</c>, never before. Any other error is the answer, as it is.
/// </summary>
public sealed class CaseUnitOfWork(CaseStore store, TimeProvider time)
{
    /// <summary>Changes an existing case; with a <paramref name="claim"/>, a key already used for the same action is a replay.</summary>
    /// <exception cref="CaseNotFoundException">No such case.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The key was used for another case, step, person or action.</exception>
    public async Task<CaseChange<T>> ChangeAsync<T>(
        Guid caseId, Func<CertificationCase, CancellationToken, ValueTask<T>> apply, IdempotencyClaim? claim = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(apply);
        return await LostRaceRetry.Pipeline.ExecuteAsync(async ct =>
        {
            store.Reset();

            // The case is read before the key: a twin that commits in between is then seen by the key check (a replay),
            // never only by the case (which would refuse the step as already decided).
            var @case = await LoadAsync(caseId, ct);
            if (claim is not null && await store.FindIdempotencyKeyAsync(claim.Key, ct) is { } used)
            {
                if (!claim.Matches(used))
                {
                    throw new IdempotencyKeyReusedException();
                }

                store.Reset();
                return new CaseChange<T>(await LoadAsync(caseId, ct), default!, Replayed: true, []);
            }

            var before = @case.Steps.Select(s => s.Id).ToHashSet();
            var value = await apply(@case, ct);
            await store.SaveChangesAsync(@case, claim?.ToRow(time.GetUtcNow()), ct);
            return new CaseChange<T>(@case, value, Replayed: false, [.. @case.Steps.Where(s => !before.Contains(s.Id))]);
        }, cancellationToken);
    }

    /// <summary>Changes an existing case with a change that has no result of its own.</summary>
    public async Task<CaseChange<bool>> ChangeAsync(
        Guid caseId, Action<CertificationCase> apply, IdempotencyClaim? claim = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(apply);
        return await ChangeAsync(caseId, (c, _) =>
        {
            apply(c);
            return ValueTask.FromResult(true);
        }, claim, cancellationToken);
    }

    /// <summary>
    /// Saves a new case. <paramref name="create"/> runs again after a lost race, e.g. when two applications took the same
    /// case number at once, so it must take its number (and anything else unique) afresh each time.
    /// </summary>
    public async Task<CaseChange<bool>> CreateAsync(Func<CancellationToken, ValueTask<CertificationCase>> create, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(create);
        return await LostRaceRetry.Pipeline.ExecuteAsync(async ct =>
        {
            store.Reset();
            var @case = await create(ct);
            await store.SaveAsync(@case, cancellationToken: ct);
            return new CaseChange<bool>(@case, true, Replayed: false, [.. @case.Steps.Where(s => s.Status == StepStatus.Open)]);
        }, cancellationToken);
    }

    private async Task<CertificationCase> LoadAsync(Guid caseId, CancellationToken cancellationToken) =>
        await store.LoadAsync(caseId, cancellationToken) ?? throw new CaseNotFoundException(caseId);
}
