using TeamsCert.Domain.AuditTeams;

namespace TeamsCert.Infrastructure.Identity;

/// <summary>
/// Qualifications of the demo staff (<see cref="DemoUsers"/>): registered service-certification auditors evaluated for
/// every scheme 2024–2029, a technical expert, and no declared conflicts. Development and demo data only.
/// </summary>
public static class DemoStaffDirectory
{
    public static IStaffDirectory Instance { get; } = new InMemoryStaffDirectory(
    [
        Auditor("leader@demo.local", "张组长"),
        Auditor("auditor@demo.local", "刘审核"),
        Auditor("auditor2@demo.local", "孙审核"),
        new Person("expert@demo.local", "周专家") { KnowledgeAreas = ["呼叫中心", "售后服务"] },
    ]);

    private static Person Auditor(string id, string name) => new(id, name)
    {
        Registrations = [new AuditorRegistration($"CCAA-DEMO-{id[..id.IndexOf('@', StringComparison.Ordinal)].ToUpperInvariant()}", new DateOnly(2024, 1, 1), new DateOnly(2029, 12, 31))],
        CompetenceEvaluations = [.. TeamsCert.Domain.Schemes.SchemeCodes.All.Select(s => new CompetenceEvaluation(s, new DateOnly(2024, 1, 1), new DateOnly(2029, 12, 31)))],
    };
}
