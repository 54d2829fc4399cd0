using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>Anonymous development mode, refusing it elsewhere, an unconfigured bot, and the playground's HEAD ping.</summary>
public sealed class BotStartupTests(BotServers servers) : IClassFixture<BotServers>
{
    [Fact]
    public async Task Post_AnonymousInDevelopment_AcceptedAndRepliedWithoutToken()
    {
        using var host = new BotHost(new Dictionary<string, string?> { ["Bot:AllowAnonymous"] = "true", ["Bot:AppId"] = "" });
        var conversation = $"a:anonymous-{Guid.NewGuid():N}";
        var activity = BotHost.Activity(servers.Connector.ServiceUrl, text: "hello");
        var json = System.Text.Json.JsonSerializer.Serialize(activity).Replace("a:personal-1", conversation, StringComparison.Ordinal);

        using var response = await host.PostAsync(System.Text.Json.JsonDocument.Parse(json).RootElement, token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await servers.Connector.WaitForAsync(r => r.Path.Contains(conversation, StringComparison.Ordinal));
        Assert.Null(reply.Authorization);
    }

    [Fact]
    public void Start_AllowAnonymousInProduction_FailsNamingTheKey()
    {
        using var host = new BotHost(new Dictionary<string, string?> { ["Bot:AllowAnonymous"] = "true", ["App:PublicBaseUrl"] = "https://teamscert.example.cn/", ["Body:Name"] = "示例认证有限公司", ["Body:Email"] = "certification@example.cn" }, environment: "Production");

        var error = host.Factory.FailedStart<OptionsValidationException>();

        Assert.Contains("Bot:AllowAnonymous=true", error.Message, StringComparison.Ordinal);
        Assert.Contains("only in the Development environment, not in Production", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_AppIdWithoutSecretOrCertificate_FailsNamingTheKeys()
    {
        using var host = new BotHost(new Dictionary<string, string?> { ["Bot:AllowAnonymous"] = "false", ["Bot:AppId"] = BotHost.AppId });

        var error = host.Factory.FailedStart<OptionsValidationException>();

        Assert.Contains("Bot:ClientSecret and Bot:CertificatePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_PlainHttpMetadataOffLoopback_Fails()
    {
        using var host = new BotHost(new Dictionary<string, string?> { ["Bot:OpenIdMetadataUrl"] = "http://login.example/v1/.well-known/openidconfiguration" });

        var error = host.Factory.FailedStart<OptionsValidationException>();

        Assert.Contains("Bot:OpenIdMetadataUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoAppIdNotAnonymous_503ProblemWhileRestOfAppRuns()
    {
        using var host = new BotHost(new Dictionary<string, string?> { ["Bot:AllowAnonymous"] = "false", ["Bot:AppId"] = "" });

        using var response = await host.PostAsync(BotHost.Activity(servers.Connector.ServiceUrl), token: null);
        using var client = host.Factory.CreateClient();
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bot not configured", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Post_KeyMetadataUnreachable_UnauthorizedAndReasonLogged()
    {
        using var unreachable = new BotHost(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = BotHost.AppId,
            ["Bot:ClientSecret"] = "unused",
            ["Bot:AllowAnonymous"] = "false",
            ["Bot:OpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
            ["Bot:Issuer"] = TestKeyServer.Issuer,
        });
        var token = servers.Keys.Token(unreachable.Now, BotHost.AppId, servers.Connector.ServiceUrl);

        using var response = await unreachable.PostAsync(BotHost.Activity(servers.Connector.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("the OpenID metadata could not be read", unreachable.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_Messages_200WithoutToken()
    {
        using var host = BotHost.Authenticated(servers.Keys);
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/api/messages", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
