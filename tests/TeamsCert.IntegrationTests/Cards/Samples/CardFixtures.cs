using TeamsCert.Domain;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Steps;

namespace TeamsCert.IntegrationTests.Cards.Samples;

/// <summary>Test data with safe defaults for the card builders: real rule data, fixed day, named people.</summary>
public static class CardFixtures
{
    public const string ActorId = "zhang.san@cb.example";
    public const string OtherId = "li.si@cb.example";
    public const string DueRule = "TEL-D03";

    /// <summary>Tuesday 10 June 2025, an ordinary working day.</summary>
    public static readonly DateOnly Today = new(2025, 6, 10);

    public static readonly DateOnly DueOn = new(2025, 6, 13);

    public static readonly Guid CaseId = Guid.Parse("6f1c2a4e-8b1d-4c55-9a7e-0d2b3c4d5e6f");

    public static readonly Guid StepId = Guid.Parse("0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d");

    private static readonly Lazy<RulesRuntime> _rules = new(() => RulesLoader.Load(new RulesOptions()));

    public static RulesRuntime Rules => _rules.Value;

    public static CardOptions Options { get; } = new() { PublicBaseUrl = new Uri("https://teamscert.example.cn/") };

    public static Person Actor { get; } = new(ActorId, "张三");

    public static CardCase Case(string scheme = SchemeCodes.TEL, CaseStage stage = CaseStage.Auditing) =>
        new(CaseId, "TEL-2025-0042", "北京示例呼叫中心有限公司", scheme, stage);

    public static IEnumerable<IStepHandler> Handlers => CaseProcess.DefaultHandlers();

    public static StepCardModel Step(string kind, string scheme = SchemeCodes.TEL)
    {
        var handler = Handlers.Single(h => h.Kind == kind);
        var ruleSet = Rules.Schemes.Latest(scheme);
        return new StepCardModel(Case(scheme), StepId, kind, handler.Actions, DueOn, DueRule, [Actor])
        {
            Role = "programmeManager",
            Outcomes = kind switch
            {
                "certification-decision" => OutcomeOption.For(ruleSet.Outcomes, "initial"),
                "surveillance-decision" => OutcomeOption.For(ruleSet.Outcomes, "surveillance"),
                _ => [],
            },
            Team = kind is "team-assignment" or "surveillance-team-assignment" or "certificate-status" ? Team(ruleSet) : null,
            Facts = kind is "application-review" or "applicant-documents" ? SubmittedApplication() : StepFacts.None,
        };
    }

    /// <summary>A submitted application with one material supplied (with its file) and two missing, for the review and supply cards.</summary>
    public static StepFacts SubmittedApplication() => new()
    {
        Application = new ApplicationView(new DateOnly(2025, 6, 2),
        [
            new FormPart(new LocalizedText("申请组织基本情况", "The applicant"),
            [
                new FormValue("legalRepresentative", new LocalizedText("法定代表人", "Legal representative"), "张三"),
                new FormValue("address", new LocalizedText("注册地址", "Registered address"), "北京市海淀区示例路 8 号"),
                new FormValue("contactPhone", new LocalizedText("联系电话", "Telephone"), "010-12345678"),
            ]),
        ]),
        Materials =
        [
            new MaterialItem("businessLicence", new LocalizedText("营业执照", "Business licence"), true,
                [new FileLink("营业执照.pdf", new Uri("https://teamscert.example.cn/api/documents/3a15e9be-479f-4264-a978-616934f2a03b/content"))]),
            new MaterialItem("serviceManual", new LocalizedText("服务手册", "Service manual"), false, []),
            new MaterialItem("organisationChart", new LocalizedText("组织机构图", "Organisation chart"), false, []),
        ],
    };

    /// <summary>The domain's eligible-auditor picker over four people: one fit, one conflicted, one lapsed, the decision maker.</summary>
    public static TeamPickerModel Team(SchemeRuleSet ruleSet)
    {
        var registered = new AuditorRegistration("REG-1", new DateOnly(2024, 1, 1), new DateOnly(2027, 12, 31));
        var evaluated = new[] { "LS", "CC9", "TEL", "AS" }.Select(s => new CompetenceEvaluation(s, new DateOnly(2024, 1, 1), new DateOnly(2027, 12, 31))).ToList();
        Person Qualified(string id, string name) => new(id, name) { Registrations = [registered], CompetenceEvaluations = evaluated };
        IReadOnlyList<Person> people =
        [
            Qualified("wang.wu", "王五"),
            Qualified("zhao.liu", "赵六"),
            Qualified("sun.qi", "孙七") with { Registrations = [new AuditorRegistration("REG-2", new DateOnly(2020, 1, 1), new DateOnly(2024, 12, 31))] },
            Qualified("chen.ba", "陈八"),
        ];
        EligibilityQuery Query(TeamRole role) => new(ruleSet.Scheme, "org-42", role, Today, people)
        {
            ConflictsOfInterest = [new ConflictOfInterest("zhao.liu", "org-42", "曾为该组织提供咨询", new DateOnly(2025, 3, 1))],
            DecisionMakerId = "chen.ba",
        };
        return TeamPickerModel.From(
            TeamRuleCheck.EligibleAuditors(ruleSet.EffectiveTeamRules, Query(TeamRole.TeamLeader)),
            TeamRuleCheck.EligibleAuditors(ruleSet.EffectiveTeamRules, Query(TeamRole.Auditor)));
    }

    public static StepSummary Summary(string kind, DateOnly? due, string scheme = SchemeCodes.TEL, string number = "TEL-2025-0042") =>
        new(Case(scheme) with { Number = number }, Guid.NewGuid(), kind, due, due is null ? null : DueRule) { Assignee = "张三" };

    /// <summary>The message the runtime sends when a TEL surveillance is missed (MissedSurveillance.OnOverdue).</summary>
    public static TeamsCert.Web.Bot.Cards.Notices.NoticeModel SuspensionSuggested() => new("suspension-suggested", new Dictionary<string, string>
    {
        ["certificate"] = "TEL-2025-0042",
        ["surveillance"] = "1",
        ["limit"] = "2026-09-30",
        ["stepId"] = StepId.ToString(),
        ["suggestedAction"] = "suspend",
        ["trigger"] = "refuses-audit-frequency",
        ["triggerZh"] = "不允许按要求的频次实施监督或再认证审查",
        ["triggerEn"] = "Refuses surveillance or recertification at the required frequency",
        ["source"] = "002 §9.6.2(2)",
        ["caseId"] = CaseId.ToString(),
        ["stepKind"] = "certificate-status",
        ["role"] = "programmeManager",
        ["ruleId"] = "TEL-D05",
        ["due"] = "2026-12-01",
    })
    { Case = Case() };
}
