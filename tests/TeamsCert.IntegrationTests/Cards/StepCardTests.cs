using System.Text.Json.Nodes;
using TeamsCert.IntegrationTests.Cards.Samples;
using TeamsCert.IntegrationTests.Cards.Support;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Steps;
using static TeamsCert.IntegrationTests.Cards.Samples.CardFixtures;

namespace TeamsCert.IntegrationTests.Cards;

public class StepCardTests
{
    private static readonly StepCardBuilder _builder = new(Options, Rules.Calendar);

    public static TheoryData<string, string> KindsAndLocales()
    {
        var data = new TheoryData<string, string>();
        foreach (var handler in Handlers)
        {
            data.Add(handler.Kind, "zh-CN");
            data.Add(handler.Kind, "en");
        }

        return data;
    }

    private static JsonObject Card(string kind, string? viewer = ActorId, string locale = "zh-CN", string scheme = "TEL") =>
        CardQuery.Json(_builder.Build(Step(kind, scheme), viewer, locale, Today));

    [Theory]
    [MemberData(nameof(KindsAndLocales))]
    public void Build_EveryStepKind_ShowsHeaderDueDateWorkingDaysRuleAndDocumentsLink(string kind, string locale)
    {
        var text = CardQuery.AllText(Card(kind, locale: locale));

        Assert.Contains("TEL-2025-0042", text, StringComparison.Ordinal);
        Assert.Contains("北京示例呼叫中心有限公司", text, StringComparison.Ordinal);
        Assert.Contains("2025-06-13", text, StringComparison.Ordinal);
        Assert.Contains(DueRule, text, StringComparison.Ordinal);
        Assert.Contains(locale == "en" ? "3 working days left" : "剩余 3 个工作日", text, StringComparison.Ordinal);
        Assert.Contains($"https://teamscert.example.cn/tab/cases/{CaseId}", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KindsAndLocales))]
    public void Build_ActorViewing_HasOneStepActPerActionWithCaseStepAndAction(string kind, string locale)
    {
        var card = Card(kind, locale: locale);
        var actions = Handlers.Single(h => h.Kind == kind).Actions;

        var buttons = CardQuery.Buttons(card, CardVerbs.Act);

        Assert.Equal(actions, buttons.Select(b => (string?)b["data"]!["action"]));
        Assert.All(buttons, b =>
        {
            Assert.Equal(CaseId.ToString(), (string?)b["data"]!["caseId"]);
            Assert.Equal(StepId.ToString(), (string?)b["data"]!["stepId"]);
            Assert.Equal(4, b["data"]!.AsObject().Count);
            Assert.Equal(locale == "en" ? "en" : "zh-CN", (string?)b["data"]!["lang"]);
            Assert.Equal("Action.Submit", (string?)b["fallback"]!["type"]);
        });
    }

    [Theory]
    [MemberData(nameof(KindsAndLocales))]
    public void Build_OtherViewer_IsReadOnlyAndNamesWhoActs(string kind, string locale)
    {
        var card = Card(kind, OtherId, locale);

        Assert.Empty(CardQuery.Buttons(card, CardVerbs.Act));
        Assert.Empty(CardQuery.OfType(card, "Action.ShowCard"));
        Assert.DoesNotContain(CardQuery.Objects(card), o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);
        Assert.Contains(locale == "en" ? "To act: 张三" : "待处理人：张三", CardQuery.AllText(card), StringComparison.Ordinal);
        Assert.Contains(DueRule, CardQuery.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoViewer_IsReadOnly() => Assert.Empty(CardQuery.Buttons(Card("contract", viewer: null), CardVerbs.Act));

    [Fact]
    public void Build_AnyViewer_RefreshesForTheActorsOnly()
    {
        var refresh = Card("contract", OtherId)["refresh"]!;

        Assert.Equal("Action.Execute", (string?)refresh["action"]!["type"]);
        Assert.Equal(CardVerbs.Refresh, (string?)refresh["action"]!["verb"]);
        Assert.Equal(CaseId.ToString(), (string?)refresh["action"]!["data"]!["caseId"]);
        Assert.Equal(StepId.ToString(), (string?)refresh["action"]!["data"]!["stepId"]);
        Assert.Equal([ActorId], refresh["userIds"]!.AsArray().Select(n => (string?)n));
    }

    [Theory]
    [InlineData("application-review", "reject.reason")]
    [InlineData("corrective-action-verification", "reject.reason")]
    [InlineData("team-acceptance", "decline.reason")]
    [InlineData("certificate-status", "revoke.reason")]
    public void Build_NegativeAction_RequiresReasonWithErrorMessage(string kind, string inputId)
    {
        var input = CardQuery.Input(Card(kind, locale: "en"), inputId)!;

        Assert.Equal("Input.Text", (string?)input["type"]);
        Assert.True((bool?)input["isRequired"]);
        Assert.True((bool?)input["isMultiline"]);
        Assert.Equal("Please give a reason", (string?)input["errorMessage"]);
    }

    [Fact]
    public void Build_PositiveAction_LeavesCommentOptional()
    {
        var comment = CardQuery.Input(Card("application-review"), "accept.comment")!;

        Assert.Null(comment["isRequired"]);
    }

    [Theory]
    [InlineData("team-acceptance", "zh-CN", "无利益冲突")]
    [InlineData("surveillance-team-acceptance", "en", "No conflict of interest")]
    public void Build_Acceptance_ConflictOfInterestIsAChoiceInWordsNotATypedCode(string kind, string locale, string noConflict)
    {
        var card = Card(kind, locale: locale);

        var choice = CardQuery.Input(card, "accept.conflictOfInterest")!;
        Assert.Equal("Input.ChoiceSet", (string?)choice["type"]);
        Assert.True((bool?)choice["isRequired"]);
        Assert.Equal(["no-conflict", "declared"], choice["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.Equal(noConflict, (string?)choice["choices"]![0]!["title"]);
        Assert.Equal("Input.Text", (string?)CardQuery.Input(card, "accept.conflictDetails")!["type"]);
        Assert.DoesNotContain("none", CardQuery.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SingleActionStep_NamesInputsByHandlerDataKey()
    {
        var card = Card("stage1-audit");

        Assert.Equal("Input.Date", (string?)CardQuery.Input(card, "start")!["type"]);
        Assert.Equal("Input.Date", (string?)CardQuery.Input(card, "end")!["type"]);
        Assert.True((bool?)CardQuery.Input(card, "start")!["isRequired"]);
        Assert.Equal("Input.Text", (string?)CardQuery.Input(card, "findings")!["type"]);
    }

    [Theory]
    [InlineData("certification-decision", "initial")]
    [InlineData("surveillance-decision", "surveillance")]
    public void Build_DecisionStep_OffersTheSchemesOutcomeCodes(string kind, string auditKind)
    {
        var expected = Rules.Schemes.Latest("TEL").Outcomes.Where(o => o.AuditKinds.Contains(auditKind)).Select(o => o.Code);

        var outcome = CardQuery.Input(Card(kind), "outcome")!;

        Assert.Equal("Input.ChoiceSet", (string?)outcome["type"]);
        Assert.Equal(expected, outcome["choices"]!.AsArray().Select(c => (string?)c!["value"]));
    }

    [Fact]
    public void Build_SpecialAuditDecision_OffersTheHandlersFixedOutcomes()
    {
        var outcome = CardQuery.Input(Card("special-audit-decision"), "outcome")!;

        Assert.Equal(["maintain", "suspend", "revoke"], outcome["choices"]!.AsArray().Select(c => (string?)c!["value"]));
    }

    [Fact]
    public void Build_AsAuditProgramme_AsksForModesButTelDoesNot()
    {
        Assert.NotNull(CardQuery.Input(Card("audit-programme", scheme: "AS"), "combination"));
        Assert.Null(CardQuery.Input(Card("audit-programme", scheme: "TEL"), "combination"));
        Assert.NotNull(CardQuery.Input(Card("audit-programme", scheme: "TEL"), "mysteryShopper"));
    }

    [Fact]
    public void Build_OverdueStep_SaysOverdueByWorkingDays()
    {
        var model = Step("contract") with { DueOn = new DateOnly(2025, 6, 5) };

        var text = CardQuery.AllText(CardQuery.Json(_builder.Build(model, ActorId, "en", Today)));

        Assert.Contains("Overdue by 3 working days", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SameInput_IsDeterministic() =>
        Assert.Equal(
            Web.Bot.Cards.Model.CardJson.Serialize(_builder.Build(Step("certificate-status"), ActorId, "zh-CN", Today)),
            Web.Bot.Cards.Model.CardJson.Serialize(_builder.Build(Step("certificate-status"), ActorId, "zh-CN", Today)));
}
