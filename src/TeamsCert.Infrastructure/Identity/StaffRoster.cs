using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow;

namespace TeamsCert.Infrastructure.Identity;

/// <summary>
/// Who the certification body's staff are and which roles they hold: the staff directory's people with their
/// <c>roles</c> and <c>aadObjectId</c>, plus, in Development without a staff file, the demo users and their roles.
/// Applicants are never staff, so they are left out.
/// </summary>
/// <remarks>
/// As an <see cref="IStaffDirectory"/> it is the directory with everyone's roles (qualifications kept, conflicts from the
/// directory): what the workflow asks when it decides who may hold a step (<see cref="StepCandidates"/>).
/// </remarks>
public sealed class StaffRoster : IStaffDirectory
{
    private readonly Dictionary<string, Person> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly IStaffDirectory _directory;

    public StaffRoster(IStaffDirectory directory, bool includeDemoUsers)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _directory = directory;
        foreach (var person in directory.People)
        {
            Add(person, person.Roles, string.IsNullOrWhiteSpace(person.AadObjectId) ? null : person.AadObjectId);
        }

        if (includeDemoUsers)
        {
            foreach (var user in DemoUsers.All.Where(u => !u.Roles.Contains(StaffRoles.Applicant)))
            {
                Add(new Person(user.Id, user.DisplayName), user.Roles, null);
            }
        }
    }

    public IReadOnlyCollection<Person> Members => _byId.Values;

    IReadOnlyList<Person> IStaffDirectory.People => [.. _byId.Values];

    Person? IStaffDirectory.Find(string personId) => Find(personId);

    public IReadOnlyList<ConflictOfInterest> ConflictsWith(string organisationId) => _directory.ConflictsWith(organisationId);

    /// <summary>How pages name a person: the name, or the id when nobody by that id is known.</summary>
    public string NameOf(string? id) => id is null ? string.Empty : Find(id)?.Name ?? id;

    /// <summary>How screens name a person: <c>name（id）</c>, or the id alone when nobody by that id is known.</summary>
    public string Describe(string id) => Find(id)?.Name is { } name ? $"{name}（{id}）" : id;

    public Person? Find(string? id) => id is null ? null : _byId.GetValueOrDefault(id.Trim());

    public Person? FindByAadObjectId(string? aadObjectId) =>
        string.IsNullOrWhiteSpace(aadObjectId) ? null
            : _byId.Values.FirstOrDefault(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Everyone holding the role itself (managers are not added: they act for anyone but are not asked for everything).</summary>
    public IReadOnlyList<Person> Holding(string role) =>
        [.. _byId.Values.Where(m => m.Roles.Contains(role)).OrderBy(m => m.Id, StringComparer.Ordinal)];

    private void Add(Person person, IEnumerable<string> roles, string? aadObjectId)
    {
        var merged = new HashSet<string>(roles, StringComparer.Ordinal);
        var kept = person;
        if (_byId.TryGetValue(person.Id, out var known))
        {
            merged.UnionWith(known.Roles);
            aadObjectId ??= string.IsNullOrEmpty(known.AadObjectId) ? null : known.AadObjectId;
            // The directory's record keeps its qualifications; the demo user only adds roles.
            kept = known;
        }

        _byId[person.Id] = kept with { Roles = [.. merged.Order(StringComparer.Ordinal)], AadObjectId = aadObjectId ?? "" };
    }
}
