using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.Web.Bot;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>Inbound token checks on <c>POST /api/messages</c> through the real host, against a local key server.</summary>
public sealed class BotAuthenticationTests(BotServers servers) : IClassFixture<BotServers>, IDisposable
{
    private readonly BotHost _host = BotHost.Authenticated(servers.Keys);

    // The test user is not on the staff roster, so the bot's answer is the "not registered" line.
    private const string NotRegisteredText = "not registered as CB staff";

    private string ServiceUrl => servers.Connector.ServiceUrl;

    [Fact]
    public async Task Post_ValidToken_Answers200RepliesAndSavesReference()
    {
        var activity = BotHost.Activity(ServiceUrl, text: "我的任务");
        var token = servers.Keys.Token(_host.Now, BotHost.AppId, ServiceUrl);

        using var response = await _host.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await servers.Connector.WaitForAsync(r => r.Body.Contains(NotRegisteredText, StringComparison.Ordinal));
        Assert.Equal("POST", reply.Method);
        Assert.StartsWith("/teams/v3/conversations/a:personal-1/activities/incoming-", reply.Path, StringComparison.Ordinal);
        Assert.Equal($"Bearer {FakeBotTokenSource.Token}", reply.Authorization);
        await using var scope = _host.Factory.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<ConversationReferenceStore>().FindByUserAsync("aad-1");
        Assert.NotNull(saved);
        Assert.Equal(("29:user-1", "a:personal-1", "personal", "tenant-1", ServiceUrl), (saved.UserId, saved.ConversationId, saved.ConversationType, saved.TenantId, saved.ServiceUrl));
    }

    [Fact]
    public async Task Post_ClaimWithTrailingSlashActivityWithout_Accepted()
    {
        var withoutSlash = ServiceUrl.TrimEnd('/');
        var token = servers.Keys.Token(_host.Now, BotHost.AppId, ServiceUrl);

        using var response = await _host.PostAsync(BotHost.Activity(withoutSlash, type: "conversationUpdate", text: null), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenSignedByKeyAddedAfterKeysWereCached_MetadataReloadedAndAccepted()
    {
        var update = BotHost.Activity(ServiceUrl, type: "conversationUpdate", text: null);
        using var first = await _host.PostAsync(update, servers.Keys.Token(_host.Now, BotHost.AppId, ServiceUrl));
        var rolled = servers.Keys.AddKey();
        var token = servers.Keys.Token(_host.Now, BotHost.AppId, ServiceUrl, d => d.SigningCredentials = new SigningCredentials(rolled, SecurityAlgorithms.RsaSha256));

        using var second = await _host.PostAsync(update, token);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
    }

    [Fact]
    public async Task Post_MissingToken_Unauthorized()
    {
        using var response = await _host.PostAsync(BotHost.Activity(ServiceUrl), token: null);

        await AssertUnauthorizedAsync(response);
        Assert.Contains("no Authorization header", _host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ExpiredToken_Unauthorized()
    {
        var now = _host.Now;
        var token = servers.Keys.Token(now, BotHost.AppId, ServiceUrl, d =>
        {
            // Expired six minutes ago: beyond the five minutes of allowed clock skew.
            d.IssuedAt = d.NotBefore = now.UtcDateTime.AddHours(-1);
            d.Expires = now.UtcDateTime.AddMinutes(-6);
        });

        await AssertUnauthorizedAsync(await _host.PostAsync(BotHost.Activity(ServiceUrl), token));
    }

    [Fact]
    public async Task Post_ExpiredWithinClockSkew_Accepted()
    {
        var now = _host.Now;
        var token = servers.Keys.Token(now, BotHost.AppId, ServiceUrl, d =>
        {
            d.IssuedAt = d.NotBefore = now.UtcDateTime.AddHours(-1);
            d.Expires = now.UtcDateTime.AddMinutes(-4);
        });

        using var response = await _host.PostAsync(BotHost.Activity(ServiceUrl, type: "conversationUpdate", text: null), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_WrongAudience_Unauthorized()
    {
        var token = servers.Keys.Token(_host.Now, "another-bot-app-id", ServiceUrl);

        await AssertUnauthorizedAsync(await _host.PostAsync(BotHost.Activity(ServiceUrl), token));
    }

    [Fact]
    public async Task Post_WrongIssuer_Unauthorized()
    {
        var token = servers.Keys.Token(_host.Now, BotHost.AppId, ServiceUrl, d => d.Issuer = "https://sts.windows.net/attacker/");

        await AssertUnauthorizedAsync(await _host.PostAsync(BotHost.Activity(ServiceUrl), token));
    }

    [Fact]
    public async Task Post_SignedByAnotherKey_Unauthorized()
    {
        using var other = RSA.Create(2048);
        var forged = new RsaSecurityKey(other) { KeyId = servers.Keys.SigningKey.KeyId };
        var token = servers.Keys.Token(_host.Now, BotHost.AppId, ServiceUrl, d => d.SigningCredentials = new SigningCredentials(forged, SecurityAlgorithms.RsaSha256));

        await AssertUnauthorizedAsync(await _host.PostAsync(BotHost.Activity(ServiceUrl), token));
    }

    [Fact]
    public async Task Post_Hs256Token_Unauthorized()
    {
        var secret = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = servers.Keys.SigningKey.KeyId };
        var token = servers.Keys.Token(_host.Now, BotHost.AppId, ServiceUrl, d => d.SigningCredentials = new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));

        await AssertUnauthorizedAsync(await _host.PostAsync(BotHost.Activity(ServiceUrl), token));
    }

    [Fact]
    public async Task Post_AlgNoneToken_Unauthorized()
    {
        var token = TestKeyServer.UnsignedToken(_host.Now, BotHost.AppId, ServiceUrl);

        await AssertUnauthorizedAsync(await _host.PostAsync(BotHost.Activity(ServiceUrl), token));
    }

    [Fact]
    public async Task Post_ServiceUrlMismatch_Unauthorized()
    {
        var token = servers.Keys.Token(_host.Now, BotHost.AppId, "https://smba.trafficmanager.net/amer/");

        await AssertUnauthorizedAsync(await _host.PostAsync(BotHost.Activity(ServiceUrl), token));
        Assert.Contains("serviceurl claim does not match", _host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_RejectedAndAcceptedTokens_TokenTextNeverLogged()
    {
        var now = _host.Now;
        var tokens = new[]
        {
            servers.Keys.Token(now, BotHost.AppId, ServiceUrl),
            servers.Keys.Token(now, "wrong-audience", ServiceUrl),
            servers.Keys.Token(now, BotHost.AppId, "https://elsewhere.example/"),
            TestKeyServer.UnsignedToken(now, BotHost.AppId, ServiceUrl),
            "not-a-jwt-at-all-" + Guid.NewGuid().ToString("N"),
        };

        foreach (var token in tokens)
        {
            using var response = await _host.PostAsync(BotHost.Activity(ServiceUrl, type: "conversationUpdate", text: null), token);
        }

        // A message with the valid token also makes the bot call the connector with its own (outbound) token.
        var marker = $"log-check-{Guid.NewGuid():N}";
        using (var message = await _host.PostAsync(BotHost.Activity(ServiceUrl, text: marker), tokens[0]))
        {
            Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        }

        await servers.Connector.WaitForAsync(r => r.Body.Contains(marker, StringComparison.Ordinal) || r.Body.Contains(NotRegisteredText, StringComparison.Ordinal));
        var logs = _host.Logs.All;
        Assert.DoesNotContain(FakeBotTokenSource.Token, logs, StringComparison.Ordinal);
        Assert.Contains("Bot activity refused with 401", logs, StringComparison.Ordinal);
        foreach (var token in tokens)
        {
            // Neither the whole token nor its signature part may appear.
            Assert.DoesNotContain(token, logs, StringComparison.Ordinal);
            Assert.DoesNotContain(token.Split('.').Last(s => s.Length > 0), logs, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _host.Dispose();

    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("IDX", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        }
    }
}
