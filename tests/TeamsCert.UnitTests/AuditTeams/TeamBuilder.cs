using TeamsCert.Domain.AuditTeams;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.AuditTeams;

// Test-data builder with safe defaults: the default team passes every scheme's rules.
internal static class TeamBuilder
{
    public const string Organisation = "org-1";

    public static readonly DateOnly AuditDay = new(2025, 6, 10);

    public static TeamRules Rules(string scheme) => SchemeSectionJson.Section<TeamRules>(Json(scheme), "teamRules");

    public static string Json(string scheme) => ShippedRuleData.File(scheme);

    // Registered 2024–2027 and evaluated for every scheme over the same years.
    public static Person Qualified(string id) => new(id, $"Person {id}")
    {
        Registrations = [new AuditorRegistration($"REG-{id}", new DateOnly(2024, 1, 1), new DateOnly(2027, 12, 31))],
        CompetenceEvaluations = [.. new[] { "LS", "CC9", "TEL", "AS" }.Select(s => new CompetenceEvaluation(s, new DateOnly(2024, 1, 1), new DateOnly(2027, 12, 31)))],
    };

    public static Person Expert(string id) => new(id, $"Expert {id}") { KnowledgeAreas = ["call-centre operations"] };

    public static IReadOnlyList<Person> People =>
        [Qualified("leader"), Qualified("auditor"), Qualified("auditor-2"), Expert("expert"), Qualified("decider")];

    public static AuditTeamMember Leader(string id = "leader") => new(id, TeamRole.TeamLeader);

    public static AuditTeamMember Auditor(string id = "auditor") => new(id, TeamRole.Auditor);

    public static AuditTeamMember TechnicalExpert(string id = "expert", string? supervisor = "auditor") => new(id, TeamRole.TechnicalExpert, supervisor);

    public static AuditTeam Team(params AuditTeamMember[] members) => Team("stage-2", members);

    public static AuditTeam Team(string auditId, params AuditTeamMember[] members) =>
        new(auditId, AuditDay, members.Length > 0 ? members : [Leader(), Auditor(), TechnicalExpert()]) { EndDate = AuditDay.AddDays(1) };

    public static TeamCheckRequest Request(string scheme, params AuditTeam[] audits) =>
        new(scheme, Organisation, audits.Length > 0 ? audits : [Team()], People) { DecisionMakerId = "decider" };

    public static ConflictOfInterest Conflict(string personId, string organisation = Organisation) =>
        new(personId, organisation, "曾为该组织提供咨询", new DateOnly(2025, 3, 1));

    public static IReadOnlyList<RuleBreach> Check(string scheme, TeamCheckRequest request) => TeamRuleCheck.Check(Rules(scheme), request);
}
