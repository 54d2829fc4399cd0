using TeamsCert.IntegrationTests.Cards.Samples;
using TeamsCert.IntegrationTests.Cards.Support;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Conversation;
using static TeamsCert.IntegrationTests.Cards.Samples.CardFixtures;

namespace TeamsCert.IntegrationTests.Cards;

public class ConversationCardTests
{
    [Fact]
    public void Build_MyTasks_ListsMostUrgentFirstEachWithOpen()
    {
        var tasks = CardSamples.Tasks();

        var card = CardQuery.Json(new MyStepsCardBuilder(Rules.Calendar).Build(new MyStepsModel("张三", tasks), "en", Today));

        var opened = CardQuery.Buttons(card, CardVerbs.Show).Select(b => (string?)b["data"]!["stepId"]).ToList();
        Assert.Equal([tasks[1].StepId, tasks[3].StepId, tasks[0].StepId, tasks[2].StepId], opened.Select(id => Guid.Parse(id!)));
        var text = CardQuery.AllText(card);
        Assert.Contains("Tasks of 张三 (4)", text, StringComparison.Ordinal);
        Assert.Contains("Overdue by 3 working days", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MyTasksEmpty_SaysSo() =>
        Assert.Contains("目前没有待办步骤。", CardQuery.AllText(CardQuery.Json(new MyStepsCardBuilder(Rules.Calendar).Build(new MyStepsModel("张三", []), null, Today))),
            StringComparison.Ordinal);

    [Fact]
    public void Build_DailyDigest_GroupsOverdueAndDueSoonPerScheme()
    {
        var steps = new[]
        {
            Summary("contract", new DateOnly(2025, 6, 5), number: "TEL-1"),
            Summary("audit-plan", new DateOnly(2025, 6, 12), number: "TEL-2"),
            Summary("stage2-audit", new DateOnly(2025, 6, 11), "AS", "AS-1"),
            Summary("stage1-audit", new DateOnly(2025, 7, 30), number: "TEL-LATER"),
        };

        var text = CardQuery.AllText(CardQuery.Json(new DailyDigestCardBuilder(Rules.Calendar).Build(new DailyDigestModel(steps), "en", Today)));

        Assert.Contains("Overdue (1)", text, StringComparison.Ordinal);
        Assert.Contains("Due within 3 working days (1)", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("\"AS\"", StringComparison.Ordinal) < text.IndexOf("\"TEL\"", StringComparison.Ordinal));
        Assert.DoesNotContain("TEL-LATER", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CaseSummary_ShowsCertificateAndOpenSteps()
    {
        var sample = CardSamples.OtherCards("zh-CN").Single(s => s.Name == "case-summary");

        var card = CardQuery.Json(sample.Card);

        Assert.Contains("TEL-2025-017 (有效) → 2028-05-31", CardQuery.AllText(card), StringComparison.Ordinal);
        Assert.Equal(2, CardQuery.Buttons(card, CardVerbs.Show).Count);
        Assert.Single(CardQuery.OfType(card, "Action.OpenUrl"));
    }

    [Theory]
    [InlineData("zh-CN", "我的任务")]
    [InlineData("en", "my tasks")]
    public void Build_WelcomeAndHelp_ListTheCommands(string locale, string command)
    {
        Assert.Contains(command, CardQuery.AllText(CardQuery.Json(new HelpCardBuilder().Build(locale))), StringComparison.Ordinal);
        Assert.Contains(command, CardQuery.AllText(CardQuery.Json(new WelcomeCardBuilder().Build("张三", locale))), StringComparison.Ordinal);
    }
}
