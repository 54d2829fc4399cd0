using System.Text.Json.Nodes;
using TeamsCert.IntegrationTests.Cards.Support;
using TeamsCert.Web.Bot.Cards.Steps;
using static TeamsCert.IntegrationTests.Cards.Samples.CardFixtures;

namespace TeamsCert.IntegrationTests.Cards;

public class TeamPickerCardTests
{
    private static JsonObject Card(string scheme, string locale = "en") =>
        CardQuery.Json(new StepCardBuilder(Options, Rules.Calendar).Build(Step("team-assignment", scheme), ActorId, locale, Today));

    private static string[] Offered(JsonObject card, string id) =>
        [.. CardQuery.Input(card, id)!["choices"]!.AsArray().Select(c => (string)c!["value"]!)];

    [Fact]
    public void Build_TelTeamAssignment_OffersOnlyQualifiedConflictFreeAuditors()
    {
        var card = Card("TEL");

        Assert.Equal(["wang.wu"], Offered(card, StepInputIds.TeamLeader));
        Assert.Equal(["wang.wu"], Offered(card, StepInputIds.TeamMembers));
        Assert.True((bool?)CardQuery.Input(card, StepInputIds.TeamMembers)!["isMultiSelect"]);
    }

    [Fact]
    public void Build_TelTeamAssignment_ListsExcludedPeopleWithRuleIds_TelR02LsR03TelR01()
    {
        var text = CardQuery.AllText(Card("TEL"));

        Assert.Contains("赵六: LS-R03", text, StringComparison.Ordinal);
        Assert.Contains("孙七: TEL-R02", text, StringComparison.Ordinal);
        Assert.Contains("陈八: TEL-R01", text, StringComparison.Ordinal);
        Assert.Contains("Not available", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AsTeamAssignment_ExcludesUnderAsRules_AsR01AsR02()
    {
        var text = CardQuery.AllText(Card("AS", "zh-CN"));

        Assert.Contains("孙七: AS-R02", text, StringComparison.Ordinal);
        Assert.Contains("陈八: AS-R01", text, StringComparison.Ordinal);
        Assert.Contains("不可选的人员", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoEligibleCandidate_SaysSoInsteadOfAnEmptyList()
    {
        var model = Step("team-assignment") with { Team = new TeamPickerModel([], []) };

        var card = CardQuery.Json(new StepCardBuilder(Options, Rules.Calendar).Build(model, ActorId, "en", Today));

        Assert.Null(CardQuery.Input(card, StepInputIds.TeamLeader));
        Assert.Contains("Team leader: No eligible person", CardQuery.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SpecialAuditRequest_HasItsOwnPrefixedPicker()
    {
        var card = CardQuery.Json(new StepCardBuilder(Options, Rules.Calendar).Build(Step("certificate-status"), ActorId, "en", Today));

        Assert.NotNull(CardQuery.Input(card, $"special-audit-request.{StepInputIds.TeamLeader}"));
        Assert.NotNull(CardQuery.Input(card, "special-audit-request.trigger"));
    }
}
