using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>Demo people of the certification body: qualified auditors, an expert, a shopper, a decision maker, two misfits.</summary>
public static class DemoStaff
{
    public const string Organization = "北京示例呼叫中心有限公司";

    /// <summary>A valid 统一社会信用代码 (GB 32100-2015); the outsider's conflict is declared against it, not the name.</summary>
    public const string OrganizationCode = "91350100M000100Y43";

    public static readonly Actor Manager = Staff("pm@cb.example", StaffRoles.ProgrammeManager);
    public static readonly Actor Leader = Staff("leader@cb.example", "teamLeader", "auditor");
    public static readonly Actor Auditor = Staff("auditor@cb.example", "auditor");
    public static readonly Actor Expert = Staff("expert@cb.example", "technicalExpert");
    public static readonly Actor Shopper = Staff("shopper@cb.example", "mysteryShopper");
    public static readonly Actor OtherShopper = Staff("shopper2@cb.example", "mysteryShopper");
    public static readonly Actor Outsider = Staff("outsider@cb.example", "auditor");
    public static readonly Actor Decider = Staff("decider@cb.example", "decisionMaker");
    public static readonly Actor LeaderAsDecider = Staff("leader@cb.example", "decisionMaker");
    public static readonly Actor Committee = Staff("tc@cb.example", "technicalCommittee");
    public static readonly Actor Applicant = Staff("applicant@org.example", StaffRoles.Applicant);

    /// <summary>Has a declared interest in the demo organisation (LS-R03).</summary>
    public const string Conflicted = "conflicted@cb.example";

    /// <summary>Registered, but without the certification body's competence evaluation (TEL-R02).</summary>
    public const string Novice = "novice@cb.example";

    public static IStaffDirectory Directory { get; } = new InMemoryStaffDirectory(
        [
            Qualified(Leader.Id), Qualified(Auditor.Id), Qualified(Outsider.Id), Qualified(Conflicted),
            new Person(Expert.Id, "技术专家") { KnowledgeAreas = ["呼叫中心"] },
            new Person(Shopper.Id, "暗访员"),
            new Person(Novice, "新审核员") { Registrations = [new AuditorRegistration("REG-N", new DateOnly(2024, 1, 1), new DateOnly(2029, 12, 31))] },
        ],
        [
            new ConflictOfInterest(Conflicted, Organization, "曾为该组织提供咨询", new DateOnly(2025, 1, 1)),
            new ConflictOfInterest(Outsider.Id, OrganizationCode, "近两年曾在该组织任职", new DateOnly(2025, 1, 1)),
        ]);

    /// <summary>The <c>data.team</c> JSON for (person id, role, supervisor id) entries.</summary>
    public static string Team(params (string Id, string Role, string? Supervisor)[] members) =>
        "[" + string.Join(",", members.Select(m => m.Supervisor is null
            ? $$"""{"id":"{{m.Id}}","role":"{{m.Role}}"}"""
            : $$"""{"id":"{{m.Id}}","role":"{{m.Role}}","supervisor":"{{m.Supervisor}}"}""")) + "]";

    private static Person Qualified(string id) => new(id, id)
    {
        Registrations = [new AuditorRegistration("REG-" + id, new DateOnly(2024, 1, 1), new DateOnly(2029, 12, 31))],
        CompetenceEvaluations = [new CompetenceEvaluation("TEL", new DateOnly(2024, 1, 1), new DateOnly(2029, 12, 31))],
    };

    private static Actor Staff(string id, params string[] roles) => new(id, id, new HashSet<string>(roles));
}
