using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>Conversation references on each real database (see the two subclasses), through the migration.</summary>
public abstract class ConversationReferenceStoreTests<TDatabase> : FreshDatabaseTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8)));

    [Fact]
    public async Task UpsertAsync_NewUser_InsertsAllFields()
    {
        var saved = await UpsertAsync(Activity("29:u1", "a:chat-1", "personal"));

        Assert.NotNull(saved);
        await using var db = Database.NewContext();
        var row = await db.ConversationReferences.SingleAsync();
        Assert.Equal(("29:u1", "aad-29:u1", "用户 29:u1", "msteams", "a:chat-1", "personal"), (row.UserId, row.AadObjectId, row.UserName, row.ChannelId, row.ConversationId, row.ConversationType));
        Assert.Equal(("https://smba.example/cn/", "tenant-1", "28:bot", "TeamsCert", "zh-CN"), (row.ServiceUrl, row.TenantId, row.BotId, row.BotName, row.Locale));
        Assert.Equal(_clock.GetUtcNow(), row.UpdatedAt);
    }

    [Fact]
    public async Task UpsertAsync_SameUserAndConversationAgain_UpdatesTheOneRowKeepingKnownFields()
    {
        await UpsertAsync(Activity("29:u1", "a:chat-1", "personal"));
        _clock.Advance(TimeSpan.FromMinutes(5));
        var later = Activity("29:u1", "a:chat-1", "personal", serviceUrl: "https://smba.example/cn2/");
        later.From!.AadObjectId = null;
        later.Locale = null;

        await UpsertAsync(later);

        await using var db = Database.NewContext();
        var row = await db.ConversationReferences.SingleAsync();
        Assert.Equal(("https://smba.example/cn2/", "aad-29:u1", "zh-CN"), (row.ServiceUrl, row.AadObjectId, row.Locale));
        Assert.Equal(_clock.GetUtcNow(), row.UpdatedAt);
    }

    [Fact]
    public async Task UpsertAsync_TwoStoresAtOnce_OneRow()
    {
        await using var dbA = Database.NewContext();
        await using var dbB = Database.NewContext();
        var a = new ConversationReferenceStore(dbA, _clock);
        var b = new ConversationReferenceStore(dbB, _clock);

        await Task.WhenAll(
            Task.Run(() => a.UpsertAsync(Activity("29:u1", "a:chat-1", "personal"))),
            Task.Run(() => b.UpsertAsync(Activity("29:u1", "a:chat-1", "personal"))));

        await using var db = Database.NewContext();
        Assert.Equal(1, await db.ConversationReferences.CountAsync());
    }

    [Fact]
    public async Task UpsertAsync_ActivityWithoutSender_SavesNothing()
    {
        var activity = Activity("29:u1", "a:chat-1", "personal");
        activity.From = null;

        var saved = await UpsertAsync(activity);

        Assert.Null(saved);
        await using var db = Database.NewContext();
        Assert.Equal(0, await db.ConversationReferences.CountAsync());
    }

    [Fact]
    public async Task FindByUserAsync_ByUserIdAadObjectIdOrUpn_PrefersPersonalChat()
    {
        await UpsertAsync(Activity("29:u1", "a:personal-u1", "personal", upn: "u1@demo.local"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        await UpsertAsync(Activity("29:u1", "19:group@thread.v2", "groupChat"));
        await UpsertAsync(Activity("29:u2", "a:personal-u2", "personal"));

        await using var db = Database.NewContext();
        var store = new ConversationReferenceStore(db, _clock);
        var byUserId = await store.FindByUserAsync("29:u1");
        var byAad = await store.FindByUserAsync("aad-29:u1");
        var byUpn = await store.FindByUserAsync("u1@demo.local");
        var unknown = await store.FindByUserAsync("nobody@demo.local");

        Assert.Equal(("a:personal-u1", "a:personal-u1", "a:personal-u1"), (byUserId?.ConversationId, byAad?.ConversationId, byUpn?.ConversationId));
        Assert.Null(unknown);
    }

    [Fact]
    public async Task ListByConversationTypeAsync_Channel_OnlyChannelReferences()
    {
        await UpsertAsync(Activity("29:u1", "a:personal-u1", "personal"));
        await UpsertAsync(Activity("29:u1", "19:general@thread.tacv2", "channel"));
        await UpsertAsync(Activity("29:u2", "19:general@thread.tacv2", "channel"));

        await using var db = Database.NewContext();
        var channel = await new ConversationReferenceStore(db, _clock).ListByConversationTypeAsync("channel");

        Assert.Equal(["29:u1", "29:u2"], channel.Select(r => r.UserId));
    }

    private async Task<TeamsCert.Infrastructure.Persistence.ConversationReferenceRow?> UpsertAsync(BotActivity activity)
    {
        await using var db = Database.NewContext();
        return await new ConversationReferenceStore(db, _clock).UpsertAsync(activity);
    }

    private static BotActivity Activity(string userId, string conversationId, string conversationType, string serviceUrl = "https://smba.example/cn/", string? upn = null)
    {
        var from = new BotChannelAccount { Id = userId, Name = $"用户 {userId}", AadObjectId = $"aad-{userId}" };
        if (upn is not null)
        {
            from.Extra = new Dictionary<string, System.Text.Json.JsonElement> { ["userPrincipalName"] = System.Text.Json.JsonSerializer.SerializeToElement(upn) };
        }

        return new BotActivity
        {
            Type = "message",
            ChannelId = "msteams",
            ServiceUrl = serviceUrl,
            From = from,
            Recipient = new BotChannelAccount { Id = "28:bot", Name = "TeamsCert" },
            Conversation = new BotConversationAccount { Id = conversationId, ConversationType = conversationType, TenantId = "tenant-1" },
            Locale = "zh-CN",
        };
    }
}
