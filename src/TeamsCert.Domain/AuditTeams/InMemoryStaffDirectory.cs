namespace TeamsCert.Domain.AuditTeams;

/// <summary>A fixed list of people and declarations, for tests and demo data.</summary>
public sealed class InMemoryStaffDirectory(IEnumerable<Person> people, IEnumerable<ConflictOfInterest>? conflicts = null) : IStaffDirectory
{
    private readonly Dictionary<string, Person> _people = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private readonly List<ConflictOfInterest> _conflicts = [.. conflicts ?? []];

    public static InMemoryStaffDirectory Empty { get; } = new([]);

    public IReadOnlyList<Person> People => [.. _people.Values];

    public Person? Find(string personId) => _people.GetValueOrDefault(personId);

    public IReadOnlyList<ConflictOfInterest> ConflictsWith(string organisationId) =>
        _conflicts.Where(c => string.Equals(c.OrganisationId, organisationId, StringComparison.Ordinal)).ToList();
}
