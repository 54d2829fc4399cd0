namespace TeamsCert.Infrastructure.Persistence;

/// <summary>Another writer changed the case since it was loaded; the caller reloads and tries again.</summary>
public sealed class ConcurrencyConflictException(Guid caseId, Exception inner)
    : Exception($"Case {caseId} was changed by someone else while this change was being saved.", inner)
{
    public Guid CaseId { get; } = caseId;
}
