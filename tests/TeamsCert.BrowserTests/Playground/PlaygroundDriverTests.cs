using System.Text.Json;

namespace TeamsCert.BrowserTests.Playground;

/// <summary>The Playground driven without a browser: its config, a text message, an Action.Execute invoke.</summary>
public sealed class PlaygroundDriverTests(PlaygroundHost host) : IClassFixture<PlaygroundHost>
{
    private static readonly TimeSpan _wait = TimeSpan.FromSeconds(20);

    [BrowserFact]
    public async Task Config_CurrentUser_IsUserId0InTheFixedPersonalChat()
    {
        using var client = host.Client();

        var config = await client.ConfigAsync();

        var user = config.GetProperty("currentUser");
        Assert.Equal(PlaygroundHost.UserId, user.GetProperty("id").GetString());
        Assert.Equal("00000000-0000-0000-0000-0000000000020", user.GetProperty("aadObjectId").GetString());
        Assert.Equal(host.ConversationId, config.GetProperty("personalChat").GetProperty("id").GetString());
    }

    [BrowserFact]
    public async Task SendText_AnyText_BotRepliesThroughTheConnector()
    {
        using var client = host.Client();
        await using var feed = await host.FeedAsync();

        await client.SendTextAsync(host.ConversationId, PlaygroundHost.UserId, "hello from the driver test");

        var reply = await feed.WaitForAsync(p => p.Action == "createMessage" && p.ConversationId == host.ConversationId, _wait);
        Assert.False(string.IsNullOrWhiteSpace(reply.AllText));
        Assert.False(string.IsNullOrEmpty(reply.MessageId));
    }

    [BrowserFact]
    public async Task Execute_StepRefreshOnBotMessage_InvokeAnswerComesBack()
    {
        using var client = host.Client();
        await using var feed = await host.FeedAsync();
        await client.SendTextAsync(host.ConversationId, PlaygroundHost.UserId, "refresh test");
        var message = await feed.WaitForAsync(p => p.Action == "createMessage" && p.ConversationId == host.ConversationId, _wait);
        var (caseId, stepId) = await host.OpenStepAsync("AS-2026-0002");

        var answer = await client.ExecuteAsync(host.ConversationId, PlaygroundHost.UserId, message.MessageId, "step.refresh", new { caseId, stepId });

        // The Playground hands back the body of the bot's invoke response: a message, or the card that replaces the old one.
        Assert.Contains(answer.GetProperty("type").GetString(), new[] { "application/vnd.microsoft.activity.message", "application/vnd.microsoft.card.adaptive" });
        Assert.NotEqual(JsonValueKind.Undefined, answer.GetProperty("value").ValueKind);
    }
}
