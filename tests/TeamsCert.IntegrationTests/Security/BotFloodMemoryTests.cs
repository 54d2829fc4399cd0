using System.Net;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;
using TeamsCert.BrowserTests.Playground;
using Xunit.Abstractions;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>
/// The built app as a real process in Production, flooded the way the issue's attacker did: twelve parallel 29 MB posts
/// to <c>/api/messages</c> with a junk bearer token. The token is refused from the headers, before the body is read,
/// so the flood costs no memory; the resident set (<c>VmRSS</c>) is read from <c>/proc</c> before and after. The posts
/// announce their size and ask to continue (<c>Expect: 100-continue</c>, as curl does for large bodies), so each client
/// reads the answer: an app that read the body would let them send all 29 MB (the behaviour this guards against), one
/// that refuses from the headers answers at once. Without it the server's close races the client's writing.
/// </summary>
public sealed class BotFloodMemoryTests(ITestOutputHelper output) : IDisposable
{
    private const int Posts = 12;
    private const int BodyBytes = 29 * 1024 * 1024;
    private const long AllowedGrowth = 50L * 1024 * 1024;
    private readonly string _folder = Directory.CreateTempSubdirectory("teamscert-flood-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Messages_TwelveParallel29MbPostsWithJunkToken_Each401Or413AndMemoryWithin50Mb()
    {
        var settings = ProductionSettings.WithBot();
        settings["Logging:LogLevel:Default"] = "Warning";
        await using var app = await TeamsCertWebApp.StartAsync(Path.Combine(_folder, "data"), settings, Path.Combine(_folder, "app.log"), "Production");
        using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) };
        using var http = new HttpClient(handler) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var body = new byte[BodyBytes];
        Array.Fill(body, (byte)'a');
        body[0] = (byte)'"';
        body[^1] = (byte)'"';
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(http, new byte[16])); // the endpoint's code is loaded before the baseline
        var before = app.ResidentBytes();

        var statuses = await Task.WhenAll(Enumerable.Range(0, Posts).Select(_ => PostAsync(http, body)));
        var after = app.ResidentBytes();

        output.WriteLine($"VmRSS before {before / 1048576.0:0.0} MB, after {after / 1048576.0:0.0} MB, growth {(after - before) / 1048576.0:0.0} MB; answers: {string.Join(", ", statuses.Select(s => (int)s))}");
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Unauthorized or HttpStatusCode.RequestEntityTooLarge, $"answered {(int)s}"));
        Assert.True(after - before <= AllowedGrowth, $"the app grew by {(after - before) / 1048576.0:0.0} MB (allowed 50 MB)");
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer junk");
        request.Headers.ExpectContinue = true;
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
