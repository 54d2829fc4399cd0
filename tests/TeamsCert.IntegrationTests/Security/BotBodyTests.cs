using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TeamsCert.IntegrationTests.Bot;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>
/// <c>POST /api/messages</c> on Kestrel (which enforces body limits; the in-memory server does not): the token is checked
/// from the headers before the body is read, a body over <c>Bot:MaxBodyBytes</c> is 413 and bad JSON 400, each a
/// ProblemDetails and never 500.
/// </summary>
public sealed class BotBodyTests(BotServers servers) : IClassFixture<BotServers>, IDisposable
{
    private readonly BotHost _host = KestrelBot(servers);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Messages_ValidTokenBodyOverLimit_413Problem()
    {
        var padding = new string('x', 300 * 1024);
        var json = $$"""{"type":"message","serviceUrl":"{{servers.Connector.ServiceUrl}}","text":"{{padding}}"}""";

        using var response = await PostAsync(json, Token());
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Messages_ValidTokenMalformedJson_400ProblemNamingThePosition()
    {
        using var response = await PostAsync("{\"type\":\"message\",\"serviceUrl\":", Token());
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("line 1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_JunkTokenBodyOverLimit_401WithoutReadingTheBody()
    {
        using var response = await PostAsync(new string('x', 2 * 1024 * 1024), "junk", expectContinue: true);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("the bearer token is not a JWT", _host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_ValidTokenForAnotherServiceUrl_401AfterReadingTheActivity()
    {
        var json = JsonSerializer.Serialize(BotHost.Activity("https://smba.elsewhere.example/"));

        using var response = await PostAsync(json, Token());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("the serviceurl claim does not match", _host.Logs.All, StringComparison.Ordinal);
    }

    private string Token() => servers.Keys.Token(_host.Now, BotHost.AppId, servers.Connector.ServiceUrl);

    private async Task<HttpResponseMessage> PostAsync(string body, string token, bool expectContinue = false)
    {
        using var client = _host.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.ExpectContinue = expectContinue; // a refusal from the headers is then read before the body is sent
        return await client.SendAsync(request);
    }

    internal static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static BotHost KestrelBot(BotServers servers)
    {
        var host = BotHost.Authenticated(servers.Keys);
        host.Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        return host;
    }
}
