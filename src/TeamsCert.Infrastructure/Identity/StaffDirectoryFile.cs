using System.Text.Json;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.Infrastructure.Identity;

/// <summary>
/// The certification body's auditors and their qualifications from <c>{App:DataFolder}/staff.json</c> (a JSON array of
/// people with registrations, competence evaluations and knowledge areas, plus declared conflicts of interest), until a
/// directory sync exists. A malformed file stops the start-up with its path and problem.
/// </summary>
public static class StaffDirectoryFile
{
    public static IStaffDirectory? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var file = JsonSerializer.Deserialize<StaffFile>(File.ReadAllText(path), RuleDataJson.Options)
                ?? throw new InvalidOperationException($"{path} holds null");
            return new InMemoryStaffDirectory(file.People, file.Conflicts);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Staff file {path} is invalid at {ex.Path}: {ex.Message}", ex);
        }
    }

    private sealed record StaffFile(IReadOnlyList<Person> People, IReadOnlyList<ConflictOfInterest> Conflicts);
}
