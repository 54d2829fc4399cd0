using TeamsCert.Domain;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Schemes;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Conversation;
using TeamsCert.Web.Bot.Cards.Notices;
using TeamsCert.Web.Bot.Cards.Steps;
using static TeamsCert.IntegrationTests.Cards.Samples.CardFixtures;
using CaseStage = TeamsCert.Domain.Workflow.CaseStage;

namespace TeamsCert.IntegrationTests.Cards.Samples;

/// <summary>Every card type the bot sends, for every step kind, in both languages: the set schema and browser tests check.</summary>
public static class CardSamples
{
    public static readonly string[] Locales = ["zh-CN", "en"];

    public static IEnumerable<CardSample> All() => Locales.SelectMany(ForLocale);

    public static IEnumerable<CardSample> StepCards(string locale)
    {
        var builder = new StepCardBuilder(Options, Rules.Calendar);
        foreach (var handler in Handlers)
        {
            yield return new CardSample($"step-{handler.Kind}", locale, builder.Build(Step(handler.Kind), ActorId, locale, Today));
            yield return new CardSample($"step-{handler.Kind}-readonly", locale, builder.Build(Step(handler.Kind), OtherId, locale, Today));
        }

        yield return new CardSample("step-audit-programme-as", locale, builder.Build(Step("audit-programme", SchemeCodes.AS), ActorId, locale, Today));
        yield return new CardSample("step-surveillance-audit-as", locale, builder.Build(Step("surveillance-audit", SchemeCodes.AS), ActorId, locale, Today));
    }

    public static IEnumerable<CardSample> OtherCards(string locale)
    {
        var calendar = Rules.Calendar;
        var at = new DateTimeOffset(2025, 6, 10, 1, 30, 0, TimeSpan.Zero);
        yield return new("outcome", locale, new OutcomeCardBuilder(Options).Build(
            new ActionOutcomeModel(Case(), StepId, "report-approval", "approve", Actor, at) { Comment = "报告完整", RuleId = "LS-R02" }, locale));
        yield return new("refusal", locale, new RefusalCardBuilder().Build(
            new RefusalModel("TEL-R01", new LocalizedText("决定人员不得是审核组成员", "The decision maker may not be on the audit team"))
            {
                Case = Case(),
                Field = "data.team",
                CorrelationId = "00-4bf92f3577b34da6-01",
            }, locale));
        yield return new("refusal-already-decided", locale, new RefusalCardBuilder().Build(RefusalModel.AlreadyDecided(Case(), "李四", at), locale));
        yield return new("reminder", locale, new ReminderCardBuilder(Options, calendar).Build(Summary("audit-plan", new DateOnly(2025, 6, 11)), locale, Today));
        yield return new("escalation", locale, new EscalationCardBuilder(Options, calendar).Build(
            new EscalationModel(Summary("certification-decision", new DateOnly(2025, 6, 5)), "李四", [Actor, new Person("wang.wu", "王五")]), locale, Today));
        yield return new("notice-suspension-suggested", locale, new NoticeCardBuilder(Options, Rules).Build(SuspensionSuggested(), locale));
        yield return new("welcome", locale, new WelcomeCardBuilder().Build("张三", locale));
        yield return new("help", locale, new HelpCardBuilder().Build(locale));
        yield return new("my-tasks", locale, new MyStepsCardBuilder(calendar).Build(new MyStepsModel("张三", Tasks()), locale, Today));
        yield return new("case-summary", locale, new CaseSummaryCardBuilder(Options, calendar).Build(
            new CaseSummaryModel(Case(stage: CaseStage.Certified), "呼叫中心客户服务", new DateOnly(2025, 3, 3), [Summary("certificate-status", null), Summary("surveillance-audit", new DateOnly(2025, 6, 20))])
            {
                CertificateNumber = "TEL-2025-017",
                CertificateState = "Valid",
                CertificateExpiresOn = new DateOnly(2028, 5, 31),
            }, locale, Today));
        yield return new("daily-digest", locale, new DailyDigestCardBuilder(calendar).Build(new DailyDigestModel(
        [
            .. Tasks(),
            Summary("stage2-audit", new DateOnly(2025, 6, 11), SchemeCodes.AS, "AS-2025-0007"),
            Summary("certificate-expiry", new DateOnly(2025, 6, 2), SchemeCodes.AS, "AS-2024-0101"),
        ]), locale, Today));
    }

    /// <summary>Four tasks in an order that is not the urgency order: due in 3 days, overdue, no due date, due tomorrow.</summary>
    public static IReadOnlyList<StepSummary> Tasks() =>
    [
        Summary("audit-plan", new DateOnly(2025, 6, 13), number: "TEL-2025-0001"),
        Summary("certification-decision", new DateOnly(2025, 6, 5), number: "TEL-2025-0002"),
        Summary("certificate-status", null, number: "TEL-2025-0003"),
        Summary("contract", new DateOnly(2025, 6, 11), number: "TEL-2025-0004"),
    ];

    private static IEnumerable<CardSample> ForLocale(string locale) => StepCards(locale).Concat(OtherCards(locale)).Concat(LinkCardSamples.For(locale));
}
