namespace TeamsCert.Infrastructure.Access;

/// <summary>The cases a list may show someone (<see cref="CaseAccessGate.FilterAsync"/>): every case, or the listed ones.</summary>
public sealed class CaseFilter(IReadOnlySet<Guid>? caseIds)
{
    public static CaseFilter All { get; } = new(null);

    public bool Includes(Guid caseId) => caseIds is null || caseIds.Contains(caseId);
}
