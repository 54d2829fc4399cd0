using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.Bot;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>The connector client against a local fake connector (real HTTP), with a fake token source instead of MSAL.</summary>
public sealed class BotConnectorTests : IAsyncLifetime, IDisposable
{
    private const string Conversation = "19:abc@thread.v2;messageid=42";
    private FakeConnectorServer _server = null!;
    private readonly HttpClient _http = new();
    private BotConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeConnectorServer.StartAsync();
        var options = Options.Create(new BotOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(20) });
        _connector = new BotConnector(_http, new FakeBotTokenSource(), options, NullLogger<BotConnector>.Instance);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task ReplyAsync_WithFakeTokenSource_PostsToReplyPathWithBearerAndBody()
    {
        var result = await _connector.ReplyAsync(_server.ServiceUrl, Conversation, "1700000000000", new BotActivity { Type = "message", Text = "收到 / received" });

        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", $"/teams/v3/conversations/{Conversation}/activities/1700000000000"), (request.Method, request.Path));
        Assert.Equal($"Bearer {FakeBotTokenSource.Token}", request.Authorization);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("收到 / received", body.RootElement.GetProperty("text").GetString());
        Assert.False(body.RootElement.TryGetProperty("replyToId", out _));
        Assert.Equal("activity-1", result.Id);
    }

    [Fact]
    public async Task SendAsync_WithFakeTokenSource_PostsToConversationActivities()
    {
        await _connector.SendAsync(_server.ServiceUrl, Conversation, new BotActivity { Type = "message", Text = "提醒 / reminder" });

        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", $"/teams/v3/conversations/{Conversation}/activities"), (request.Method, request.Path));
    }

    [Fact]
    public async Task UpdateAsync_WithFakeTokenSource_PutsTheActivity()
    {
        await _connector.UpdateAsync(_server.ServiceUrl, Conversation, "act-7", new BotActivity { Type = "message", Text = "updated" });

        var request = Assert.Single(_server.Requests);
        Assert.Equal(("PUT", $"/teams/v3/conversations/{Conversation}/activities/act-7"), (request.Method, request.Path));
        Assert.Contains("\"text\":\"updated\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAsync_WithFakeTokenSource_DeletesTheActivity()
    {
        await _connector.DeleteAsync(_server.ServiceUrl, Conversation, "act-7");

        var request = Assert.Single(_server.Requests);
        Assert.Equal(("DELETE", $"/teams/v3/conversations/{Conversation}/activities/act-7", ""), (request.Method, request.Path, request.Body));
    }

    [Fact]
    public async Task CreateConversationAsync_WithFakeTokenSource_PostsBotMemberAndTenant()
    {
        var created = await _connector.CreateConversationAsync(_server.ServiceUrl, "tenant-1", "28:bot", "29:user-1");

        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/teams/v3/conversations"), (request.Method, request.Path));
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("28:bot", body.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("29:user-1", body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("a:new-conversation", created.Id);
    }

    [Fact]
    public async Task GetMembersAsync_WithFakeTokenSource_ReadsMembersKeepingTeamsFields()
    {
        var members = await _connector.GetMembersAsync(_server.ServiceUrl, Conversation);

        Assert.Equal(("GET", $"/teams/v3/conversations/{Conversation}/members"), (Assert.Single(_server.Requests).Method, _server.Requests.Single().Path));
        var member = Assert.Single(members);
        Assert.Equal(("29:user-1", "aad-1", "wang.fang@demo.local"), (member.Id, member.AadObjectId, member.ExtraString("userPrincipalName")));
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterThenSuccess_WaitsAndSucceeds()
    {
        _server.Script((429, "1"));
        var started = DateTimeOffset.UtcNow;

        var result = await _connector.SendAsync(_server.ServiceUrl, Conversation, new BotActivity { Type = "message", Text = "x" });

        Assert.Equal(2, _server.Requests.Count);
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(0.9), "Retry-After: 1 must be honoured");
        Assert.Equal("activity-1", result.Id);
    }

    [Fact]
    public async Task SendAsync_Always503_GivesUpAfterFourAttemptsWithClearException()
    {
        _server.Script((503, null), (503, null), (503, null), (503, null), (503, null));

        var error = await Assert.ThrowsAsync<BotConnectorException>(
            () => _connector.SendAsync(_server.ServiceUrl, Conversation, new BotActivity { Type = "message", Text = "x" }));

        Assert.Equal(BotConnector.MaxAttempts, _server.Requests.Count);
        Assert.Equal((System.Net.HttpStatusCode.ServiceUnavailable, 4), (error.Status, error.Attempts));
        Assert.Contains("send failed after 4 attempt(s): HTTP 503", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeBotTokenSource.Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_403_NotRetried()
    {
        _server.Script((403, null));

        var error = await Assert.ThrowsAsync<BotConnectorException>(
            () => _connector.SendAsync(_server.ServiceUrl, Conversation, new BotActivity { Type = "message", Text = "x" }));

        Assert.Single(_server.Requests);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.Status);
    }

    [Fact]
    public async Task SendAsync_AnonymousTokenSource_NoAuthorizationHeader()
    {
        var anonymous = new BotConnector(_http, new FakeBotTokenSource(null), Options.Create(new BotOptions()), NullLogger<BotConnector>.Instance);

        await anonymous.SendAsync(_server.ServiceUrl, Conversation, new BotActivity { Type = "message", Text = "x" });

        Assert.Null(Assert.Single(_server.Requests).Authorization);
    }
}
