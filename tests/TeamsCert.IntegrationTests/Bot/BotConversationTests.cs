using System.Text.Json;
using TeamsCert.IntegrationTests.Cards.Support;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Conversation;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>Text commands, the welcome card and unknown users, over the real app with the anonymous Development bot.</summary>
public sealed class BotConversationTests(BotServers servers) : IClassFixture<BotServers>, IDisposable
{
    private readonly BotChat _chat = new(servers.Connector);

    [Theory]
    [InlineData("help", "zh-CN", "TeamsCert help")]
    [InlineData("帮助", "zh-CN", "TeamsCert 帮助")]
    [InlineData("帮助", "en-US", "TeamsCert 帮助")]
    [InlineData("<at>TeamsCert</at> help", "en-US", "TeamsCert help")]
    public async Task Message_Help_RepliesWithHelpCardInTheCommandsLanguage(string text, string locale, string title)
    {
        var reply = await _chat.SayAsync(BotChat.Reviewer, text, locale);

        var card = BotChat.CardOf(reply);
        Assert.Contains(title, BotChat.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_MyTasks_ListsUsersStepsMostUrgentFirst()
    {
        var early = await _chat.OpenCaseAsync("甲公司");
        _chat.Host.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 9, 10, 0, 0, TimeSpan.FromHours(8)));
        var later = await _chat.OpenCaseAsync("乙公司");

        var card = BotChat.CardOf(await _chat.SayAsync(BotChat.Reviewer, "我的任务"));

        var text = BotChat.Text(card);
        var first = text.IndexOf(early.Number, StringComparison.Ordinal);
        var second = text.IndexOf(later.Number, StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, $"expected {early.Number} before {later.Number}: {text}");
        Assert.Contains("李评审 的待办（2）", text, StringComparison.Ordinal);
        Assert.Contains("step.show", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_MyTasksForOtherRole_ListsNothingOfReviewers()
    {
        await _chat.OpenCaseAsync();

        var card = BotChat.CardOf(await _chat.SayAsync(BotChat.Programme, "my tasks", "en-US"));

        Assert.Contains("Tasks of 陈方案 (0)", BotChat.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_MyTasksOfManager_IncludesOverdueStepsOfOthers()
    {
        var @case = await _chat.OpenCaseAsync();
        _chat.Host.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 13, 10, 0, 0, TimeSpan.FromHours(8)));

        var card = BotChat.CardOf(await _chat.SayAsync(BotChat.Manager, "我的任务"));

        Assert.Contains(@case.Number, BotChat.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_CaseNumber_RepliesWithCaseSummary()
    {
        var @case = await _chat.OpenCaseAsync();

        var card = BotChat.CardOf(await _chat.SayAsync(BotChat.Manager, $"案件 {@case.Number.ToLowerInvariant()}"));

        var text = BotChat.Text(card);
        Assert.Contains($"案件 {@case.Number}", text, StringComparison.Ordinal);
        Assert.Contains("TEL-D01", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_UnknownCaseNumber_SaysNotFound()
    {
        var reply = await _chat.SayAsync(BotChat.Manager, "case TEL-1999-0001", "en-US");

        Assert.Contains("No case TEL-1999-0001 was found", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Null(reply["attachments"]);
    }

    [Fact]
    public async Task Message_NotUnderstood_HintWithHelpCard()
    {
        var reply = await _chat.SayAsync(BotChat.Reviewer, "你好");

        Assert.Contains("我的任务", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Contains("TeamsCert 帮助", BotChat.Text(BotChat.CardOf(reply)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_UnknownUser_RefusedBilinguallyWithoutData()
    {
        await _chat.OpenCaseAsync();

        var reply = await _chat.SayAsync(BotChat.Stranger, "我的任务");

        var text = (string?)reply["text"];
        Assert.Contains("你的 Teams 账号尚未登记为认证机构人员", text, StringComparison.Ordinal);
        Assert.Contains("your Teams account is not registered as CB staff", text, StringComparison.Ordinal);
        Assert.Null(reply["attachments"]);
    }

    [Fact]
    public async Task InstallationUpdateAdd_KnownUser_SendsWelcomeCard()
    {
        using var response = await _chat.Host.PostAsync(_chat.Activity(BotChat.Reviewer, "installationUpdate", extra: "add"), token: null);

        var sent = await servers.Connector.WaitForAsync(r => r.Path.Contains(_chat.ConversationOf(BotChat.Reviewer), StringComparison.Ordinal));
        var card = BotChat.CardOf(System.Text.Json.Nodes.JsonNode.Parse(sent.Body)!.AsObject());
        Assert.Contains("欢迎使用 TeamsCert，李评审", BotChat.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_ConversationAndInstallationUpdates_OneWelcomeCardInTheUsersLanguage()
    {
        var conversationUpdate = new
        {
            type = "conversationUpdate",
            id = "cu-1",
            serviceUrl = servers.Connector.ServiceUrl,
            channelId = "msteams",
            from = new { id = BotChat.Manager },
            conversation = new { id = _chat.ConversationOf(BotChat.Manager), conversationType = "personal" },
            recipient = new { id = "28:bot", name = "TeamsCert" },
            membersAdded = new[] { new { id = "28:bot" } },
            locale = "en-US",
        };
        using (var response = await _chat.Host.PostAsync(conversationUpdate, token: null))
        {
            response.EnsureSuccessStatusCode();
        }

        using (var response = await _chat.Host.PostAsync(_chat.Activity(BotChat.Manager, "installationUpdate", extra: "add", locale: "en-US"), token: null))
        {
            response.EnsureSuccessStatusCode();
        }

        // Activities are handled one after another: once the answer to a later message is out, both updates were handled.
        await _chat.SayAsync(BotChat.Manager, "help", locale: "en-US");
        var welcomes = servers.Connector.Requests
            .Where(r => r.Path.Contains(_chat.ConversationOf(BotChat.Manager), StringComparison.Ordinal) && r.Body.Contains("Welcome to TeamsCert", StringComparison.Ordinal))
            .ToList();
        var welcome = Assert.Single(welcomes);
        var text = BotChat.Text(BotChat.CardOf(System.Text.Json.Nodes.JsonNode.Parse(welcome.Body)!.AsObject()));
        Assert.Contains("Welcome to TeamsCert, 王经理", text, StringComparison.Ordinal);
        Assert.DoesNotContain("欢迎", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_ChineseCommandFromEnglishClient_AnsweredInChinese()
    {
        await _chat.OpenCaseAsync();

        var reply = await _chat.SayAsync(BotChat.Reviewer, "我的任务", locale: "en-US");

        var text = BotChat.Text(BotChat.CardOf(reply));
        Assert.Contains("李评审 的待办", text, StringComparison.Ordinal);
        Assert.Contains("申请评审", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tasks of", text, StringComparison.Ordinal);
        Assert.Contains("\"lang\":\"zh-CN\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyTasks_MoreThanAPage_PagesWithTotalAndTheWayBackFromAStep()
    {
        var numbers = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            numbers.Add((await _chat.OpenCaseAsync($"分页测试组织 {i:00}")).Number);
        }

        var first = BotChat.CardOf(await _chat.SayAsync(BotChat.Reviewer, "我的任务"));
        var next = CardQuery.Buttons(first, CardVerbs.TasksPage).Single();
        Assert.Equal("2", (string?)next["data"]!["page"]);
        Assert.Equal("下一页", (string?)next["title"]);
        Assert.Equal(MyStepsCardBuilder.PageSize, CardQuery.Buttons(first, CardVerbs.Show).Count);

        var second = await _chat.InvokeAsync(BotChat.Reviewer, CardVerbs.TasksPage, new { page = "2", lang = "zh-CN" });

        var text = BotChat.Text(second);
        Assert.Matches(@"第 2 / \d+ 页", text);
        Assert.Contains("上一页", text, StringComparison.Ordinal);
        var open = CardQuery.Buttons(second, CardVerbs.Show)[0];
        Assert.Equal("2", (string?)open["data"]!["page"]);
        var step = await _chat.InvokeAsync(BotChat.Reviewer, CardVerbs.Show, open["data"]!.Deserialize<Dictionary<string, string>>()!);
        var back = CardQuery.Buttons(step, CardVerbs.TasksPage).Single();
        Assert.Equal(("返回我的任务", "2"), ((string?)back["title"], (string?)back["data"]!["page"]));
    }

    public void Dispose() => _chat.Dispose();
}
