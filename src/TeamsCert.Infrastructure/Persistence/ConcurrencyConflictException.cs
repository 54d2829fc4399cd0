namespace TeamsCert.Infrastructure.Persistence;

/// <summary>
/// The save lost a race that a fresh attempt can win: another writer changed the case since it was loaded (version
/// check), took the same unique key first (case number, idempotency key, document version), or the database chose
/// this transaction as the loser of a deadlock or serialisation conflict. <see cref="Workflow.CaseUnitOfWork"/>
/// reloads and tries again; only when every attempt loses does it reach the caller.
/// </summary>
public sealed class ConcurrencyConflictException(Guid caseId, Exception inner)
    : Exception($"Case {caseId} was changed by someone else while this change was being saved.", inner)
{
    public Guid CaseId { get; } = caseId;
}
