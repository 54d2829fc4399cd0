using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Infrastructure.Links.Runtime;
using TeamsCert.Infrastructure.Outbox;
using TeamsCert.Infrastructure.Timers;
using TeamsCert.Web.Bot.Digest;
using TeamsCert.Web.Bot.Outbound;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>Proactive cards: deadline reminders through the outbox, and the daily digest per scheme channel.</summary>
public sealed class BotOutboundTests(BotServers servers) : IClassFixture<BotServers>
{
    private static readonly TimeSpan _shanghai = TimeSpan.FromHours(8);

    [Fact]
    public async Task OutboxReminder_AssigneeRoleHasReference_ReminderCardSentToThemOnlyTelD01()
    {
        using var chat = new BotChat(servers.Connector);
        await chat.SayAsync(BotChat.Reviewer, "help");
        var @case = await chat.OpenCaseAsync();
        var wrapper = Assert.IsType<ApplicantLinkOutboundSender>(chat.Host.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<IOutboundSender>());
        Assert.IsType<TeamsOutboundSender>(wrapper.Inner);

        // TEL-D01: received Tue 2025-09-30, due Sat 2025-10-11 (a make-up working day); reminder at 09:00 the working day before.
        chat.Host.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 10, 9, 0, 0, _shanghai));
        await using (var scope = chat.Host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TimerFiring>().FireDueAsync();
            await scope.ServiceProvider.GetRequiredService<OutboxPass>().DeliverPendingAsync();
        }

        var sent = await servers.Connector.WaitForAsync(r => r.Method == "POST" && r.Path.Contains(chat.ConversationOf(BotChat.Reviewer), StringComparison.Ordinal)
            && r.Body.Contains("提醒", StringComparison.Ordinal));
        var text = BotChat.Text(BotChat.CardOf(JsonNode.Parse(sent.Body)!.AsObject()));
        Assert.Contains(@case.Number, text, StringComparison.Ordinal);
        Assert.Contains("TEL-D01", text, StringComparison.Ordinal);
        Assert.Contains("2025-10-11", text, StringComparison.Ordinal);
        Assert.Contains("No conversation with reviewer2@demo.local yet", chat.Host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutboxOverdue_ManagerHasReference_EscalationCardWithRoleHoldersAsCandidatesTelD01()
    {
        using var chat = new BotChat(servers.Connector);
        await chat.SayAsync(BotChat.Manager, "help");
        var @case = await chat.OpenCaseAsync();

        // The due day 2025-10-11 has ended in Shanghai: the overdue timer escalates to the managers.
        chat.Host.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 12, 0, 0, 1, _shanghai));
        await using (var scope = chat.Host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TimerFiring>().FireDueAsync();
            await scope.ServiceProvider.GetRequiredService<OutboxPass>().DeliverPendingAsync();
        }

        var sent = await servers.Connector.WaitForAsync(r => r.Method == "POST" && r.Path.Contains(chat.ConversationOf(BotChat.Manager), StringComparison.Ordinal)
            && r.Body.Contains("逾期", StringComparison.Ordinal));
        var text = BotChat.Text(BotChat.CardOf(JsonNode.Parse(sent.Body)!.AsObject()));
        Assert.Contains(@case.Number, text, StringComparison.Ordinal);
        Assert.Contains("step.reassign", text, StringComparison.Ordinal);
        Assert.Contains("reviewer2@demo.local", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutboundSender_SameMessageTwice_SendsToRecipientOnce()
    {
        using var chat = new BotChat(servers.Connector);
        await chat.SayAsync(BotChat.Manager, "help");
        var @case = await chat.OpenCaseAsync();
        var message = new OutboundDelivery(Guid.NewGuid(), $"test:{chat.Tag}", @case.Id, "information-serious", "manager",
            new Dictionary<string, string> { ["caseId"] = @case.Id.ToString(), ["number"] = @case.Number, ["category"] = "complaint", ["summary"] = "顾客投诉（测试）" }, 1);
        var before = servers.Connector.Requests.Count(r => r.Path.Contains(chat.ConversationOf(BotChat.Manager), StringComparison.Ordinal));

        await using (var scope = chat.Host.Factory.Services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<IOutboundSender>();
            await sender.SendAsync(message, CancellationToken.None);
            await sender.SendAsync(message with { Attempt = 2 }, CancellationToken.None);
        }

        var sent = servers.Connector.Requests.Where(r => r.Path.Contains(chat.ConversationOf(BotChat.Manager), StringComparison.Ordinal)).Skip(before).ToList();
        var notice = Assert.Single(sent);
        var text = BotChat.Text(BotChat.CardOf(JsonNode.Parse(notice.Body)!.AsObject()));
        Assert.Contains("收到严重信息通报", text, StringComparison.Ordinal);
        Assert.DoesNotContain("information-serious", text, StringComparison.Ordinal);
        Assert.Contains("顾客投诉", text, StringComparison.Ordinal); // the category in words
        Assert.Contains("顾客投诉（测试）", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DailyDigest_WorkingDayAfterSendTime_SentOncePerDay()
    {
        var channel = $"19:digest-{Guid.NewGuid():N}@thread.tacv2";
        using var chat = new BotChat(servers.Connector, new Dictionary<string, string?>
        {
            ["Bot:Digest:Channels:TEL"] = channel,
            ["Bot:Digest:ServiceUrl"] = servers.Connector.ServiceUrl,
        });
        await chat.OpenCaseAsync();

        // The service's first pass runs at start (Tue 2025-09-30 10:00, after 08:30); a later pass the same day sends nothing.
        var first = await servers.Connector.WaitForAsync(r => r.Path.Contains(channel, StringComparison.Ordinal));
        int again;
        await using (var scope = chat.Host.Factory.Services.CreateAsyncScope())
        {
            again = await scope.ServiceProvider.GetRequiredService<DailyDigestPass>().RunAsync(CancellationToken.None);
        }

        Assert.Equal(0, again);
        Assert.Single(servers.Connector.Requests, r => r.Path.Contains(channel, StringComparison.Ordinal));
        Assert.Contains("每日摘要 2025-09-30", BotChat.Text(BotChat.CardOf(JsonNode.Parse(first.Body)!.AsObject())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DailyDigest_NextWorkingDay_SentAgainWithDueStep()
    {
        var channel = $"19:digest-{Guid.NewGuid():N}@thread.tacv2";
        using var chat = new BotChat(servers.Connector, new Dictionary<string, string?>
        {
            ["Bot:Digest:Channels:TEL"] = channel,
            ["Bot:Digest:ServiceUrl"] = servers.Connector.ServiceUrl,
        });
        var @case = await chat.OpenCaseAsync();
        await servers.Connector.WaitForAsync(r => r.Path.Contains(channel, StringComparison.Ordinal));

        // Thu 2025-10-09, 08:29 then 08:30 Shanghai: the first working day after the National Day holidays.
        int early, onTime;
        chat.Host.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 9, 8, 29, 0, _shanghai));
        await using (var scope = chat.Host.Factory.Services.CreateAsyncScope())
        {
            early = await scope.ServiceProvider.GetRequiredService<DailyDigestPass>().RunAsync(CancellationToken.None);
        }

        chat.Host.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 9, 8, 30, 0, _shanghai));
        await using (var scope = chat.Host.Factory.Services.CreateAsyncScope())
        {
            onTime = await scope.ServiceProvider.GetRequiredService<DailyDigestPass>().RunAsync(CancellationToken.None);
        }

        var second = await servers.Connector.WaitForAsync(r => r.Path.Contains(channel, StringComparison.Ordinal) && r.Body.Contains("2025-10-09", StringComparison.Ordinal));
        Assert.Equal(0, early);
        Assert.True(onTime <= 1, "the hosted service may have sent it first");
        Assert.Equal(2, servers.Connector.Requests.Count(r => r.Path.Contains(channel, StringComparison.Ordinal)));
        Assert.Contains(@case.Number, second.Body, StringComparison.Ordinal);
    }
}
