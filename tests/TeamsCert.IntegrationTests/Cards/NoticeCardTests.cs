using TeamsCert.Domain;
using TeamsCert.IntegrationTests.Cards.Support;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Notices;
using static TeamsCert.IntegrationTests.Cards.Samples.CardFixtures;

namespace TeamsCert.IntegrationTests.Cards;

public class NoticeCardTests
{
    private static readonly DateTimeOffset _at = new(2025, 6, 10, 1, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("zh-CN", "张三 于 2025-06-10 09:30 批准了「批准审核报告」。")]
    [InlineData("en", "张三 approved “Approve the audit report” at 2025-06-10 09:30.")]
    public void Build_Outcome_SaysWhoDidWhatWhen(string locale, string expected)
    {
        var card = CardQuery.Json(new OutcomeCardBuilder(Options).Build(new ActionOutcomeModel(Case(), StepId, "report-approval", "approve", Actor, _at), locale));

        Assert.Contains(expected, CardQuery.AllText(card), StringComparison.Ordinal);
        Assert.Empty(CardQuery.OfType(card, "Action.Execute"));
    }

    [Fact]
    public void Build_Refusal_ShowsRuleIdMessageAndCorrelation()
    {
        var model = new RefusalModel("TEL-R01", new LocalizedText("决定人员不得是审核组成员", "The decision maker may not be on the audit team")) { CorrelationId = "corr-1" };

        var text = CardQuery.AllText(CardQuery.Json(new RefusalCardBuilder().Build(model, "en")));

        Assert.Contains("TEL-R01", text, StringComparison.Ordinal);
        Assert.Contains("The decision maker may not be on the audit team", text, StringComparison.Ordinal);
        Assert.Contains("corr-1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RefusalAlreadyDecided_NamesWhoAndWhen()
    {
        var text = CardQuery.AllText(CardQuery.Json(new RefusalCardBuilder().Build(RefusalModel.AlreadyDecided(Case(), "李四", _at), "zh-CN")));

        Assert.Contains(RefusalModel.AlreadyDecidedId, text, StringComparison.Ordinal);
        Assert.Contains("该步骤已由 李四 于 2025-06-10 09:30 处理。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RefusalNotYourRole_CitesRole() =>
        Assert.Contains("ROLE", CardQuery.AllText(CardQuery.Json(new RefusalCardBuilder().Build(RefusalModel.NotYourRole(Case(), "decisionMaker"), "en"))),
            StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "This step is due in 1 working days.")]
    [InlineData("zh-CN", "此步骤将在 1 个工作日内到期。")]
    public void Build_Reminder_SaysWorkingDaysLeftAndOffersOpen(string locale, string expected)
    {
        var card = CardQuery.Json(new ReminderCardBuilder(Options, Rules.Calendar).Build(Summary("audit-plan", new DateOnly(2025, 6, 11)), locale, Today));

        Assert.Contains(expected, CardQuery.AllText(card), StringComparison.Ordinal);
        Assert.Contains(DueRule, CardQuery.AllText(card), StringComparison.Ordinal);
        Assert.Single(CardQuery.Buttons(card, CardVerbs.Show));
    }

    [Fact]
    public void Build_Escalation_OffersReassignWithCaseAndStep()
    {
        var step = Summary("certification-decision", new DateOnly(2025, 6, 5));

        var card = CardQuery.Json(new EscalationCardBuilder(Options, Rules.Calendar).Build(new EscalationModel(step, "李四", [Actor]), "en", Today));

        var reassign = Assert.Single(CardQuery.Buttons(card, CardVerbs.Reassign));
        Assert.Equal(step.StepId.ToString(), (string?)reassign["data"]!["stepId"]);
        Assert.Equal(CaseId.ToString(), (string?)reassign["data"]!["caseId"]);
        Assert.True((bool?)CardQuery.Input(card, "assignee")!["isRequired"]);
        Assert.True((bool?)CardQuery.Input(card, "reason")!["isRequired"]);
        Assert.Contains("overdue by 3 working days; it is with 李四", CardQuery.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EscalationWithoutCandidates_HasNoReassign() =>
        Assert.Empty(CardQuery.Buttons(CardQuery.Json(new EscalationCardBuilder(Options, Rules.Calendar)
            .Build(new EscalationModel(Summary("contract", new DateOnly(2025, 6, 5)), "李四", []), "en", Today)), CardVerbs.Reassign));
}
