using TeamsCert.Domain;
using TeamsCert.IntegrationTests.Cards.Support;
using TeamsCert.IntegrationTests.Texts;
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

    [Theory]
    [InlineData("zh-CN", "建议暂停证书", "不允许按要求的频次实施监督或再认证审查（002 §9.6.2(2)）", "暂停", "第 1 次")]
    [InlineData("en", "Suspension suggested", "Refuses surveillance or recertification at the required frequency (002 §9.6.2(2))", "Suspend", "No. 1")]
    public void Build_SuspensionSuggested_InWordsWithTheReasonAndAButtonToTheStatusStep(string locale, string title, string reason, string suggested, string surveillance)
    {
        var card = CardQuery.Json(new NoticeCardBuilder(Options, Rules).Build(SuspensionSuggested(), locale));

        var facts = CardQuery.OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray()).ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
        var text = PeopleTexts.OfCard(card);
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(reason, facts.Values);
        Assert.Contains(suggested, facts.Values);
        Assert.Contains(surveillance, facts.Values);
        Assert.Contains("2026-09-30", facts.Values);
        Assert.Equal(StepId.ToString(), (string?)Assert.Single(CardQuery.Buttons(card, CardVerbs.Show))["data"]!["stepId"]);
        Assert.Empty(PeopleTexts.Problems(text, locale, Rules));
        foreach (var code in new[] { "suspension-suggested", "refuses-audit-frequency", "suggestedAction", "triggerZh", "certificate-status", "TEL-D05-" })
        {
            Assert.DoesNotContain(code, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_UnknownKindAndData_GenericTitleAndNoRawKeys()
    {
        var model = new NoticeModel("something-new", new Dictionary<string, string> { ["internalFlag"] = "x-y", ["reason"] = "理由文字" }) { Case = Case() };

        var card = CardQuery.Json(new NoticeCardBuilder(Options, Rules).Build(model, "zh-CN"));

        var text = PeopleTexts.OfCard(card);
        var facts = CardQuery.OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray()).ToList();
        Assert.Contains(facts, f => (string?)f!["title"] == "理由" && (string?)f["value"] == "理由文字");
        Assert.Contains(NoticeCardBuilder.Title.ZhCn, text, StringComparison.Ordinal);
        Assert.DoesNotContain("something-new", text, StringComparison.Ordinal);
        Assert.DoesNotContain("internalFlag", text, StringComparison.Ordinal);
        Assert.DoesNotContain("x-y", text, StringComparison.Ordinal);
    }
}
