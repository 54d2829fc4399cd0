using System.Net.Http.Json;
using System.Text.Json;

namespace TeamsCert.BrowserTests.Playground;

/// <summary>
/// The TeamsCert web app and the Agents Playground as two real processes, wired together, for one test class:
/// the app (Development: anonymous bot, <c>X-Dev-User</c>) on a free port with a fresh data folder (its own SQLite
/// file), demo data seeded first unless asked not to; the Playground pointed at the app's
/// <c>/api/messages</c>. Both are stopped (process trees killed) at the end; their output is in
/// <c>artifacts/playground/{name}-app.log</c> and <c>-playground.log</c> (the Playground's own log in <c>{name}-playground/devTools/</c>).
/// <para>
/// What the Playground (0.2.28) says about its user (<c>GET /_internal/v1/config</c>): current user <c>id</c>
/// <c>user-id-0</c>, name "Alex Wilber", <c>aadObjectId</c> <c>00000000-0000-0000-0000-0000000000020</c>, UPN/e-mail
/// <c>alexw@example.com</c>; other users <c>user-id-1</c>..<c>user-id-5</c>; tenant
/// <c>00000000-0000-0000-0000-0000000000001</c>; bot id <c>00000000-0000-0000-0000-00000000000011</c>. Activities reach the
/// bot with <c>from {id: "user-id-0", name, aadObjectId}</c>, <c>conversation {conversationType: "personal", tenantId, id}</c>,
/// <c>channelId "msteams"</c>, <c>locale "en-US"</c>, <c>serviceUrl http://localhost:{port}/_connector</c> and no token.
/// The personal chat id is random per start unless <c>--conversation-id</c> fixes it, which this host does.
/// The app maps the Teams user id to a demo user with <c>Bot:DevelopmentUsers:user-id-0</c> = <see cref="DemoUser"/>.
/// </para>
/// </summary>
public class PlaygroundHost : IAsyncLifetime
{
    /// <summary>The Playground's current user.</summary>
    public const string UserId = "user-id-0";

    private readonly string _name;
    private readonly bool _seedAtStart;
    private TeamsCertWebApp? _app;
    private PlaygroundProcess? _playground;
    private string? _dataFolder;

    /// <summary>As a class fixture: demo data seeded before the app starts, logs named after a fresh id.</summary>
    public PlaygroundHost()
        : this(seedAtStart: true, name: null)
    {
    }

    /// <param name="seedAtStart">Whether the demo cases are in the database before the app starts.</param>
    /// <param name="name">Prefix of the log files under <c>artifacts/playground/</c>.</param>
    internal PlaygroundHost(bool seedAtStart, string? name)
    {
        _seedAtStart = seedAtStart;
        _name = name ?? $"host-{ConversationId[^8..]}";
    }

    /// <summary>The demo user the Playground's user acts as: the reviewer holds the overdue demo application review (AS-2026-0002).</summary>
    public string DemoUser { get; init; } = "reviewer@demo.local";

    public string ConversationId { get; } = $"teamscert-personal-{Guid.NewGuid():N}";

    public Uri App => _app?.BaseAddress ?? throw NotStarted();

    public Uri Playground => _playground?.BaseAddress ?? throw NotStarted();

    public static string ArtifactsFolder => BrowserTools.ArtifactsFolder("playground");

    public async Task InitializeAsync()
    {
        if (BrowserTools.Missing() is { } missing)
        {
            // Locally the tests are skipped; on CI this fixture failing fails every Playground test with the reason.
            if (BrowserTools.IsCi)
            {
                throw new InvalidOperationException($"CI=true and the browser tools are missing: {missing}");
            }

            return;
        }

        _dataFolder = Directory.CreateTempSubdirectory("teamscert-playground-").FullName;
        if (_seedAtStart)
        {
            await DemoData.SeedAsync(_dataFolder);
        }

        _app = await TeamsCertWebApp.StartAsync(_dataFolder, new Dictionary<string, string>
        {
            [$"Bot:DevelopmentUsers:{UserId}"] = DemoUser,
            ["Timers:PollInterval"] = "00:00:01",
            ["Outbox:PollInterval"] = "00:00:01",
        }, Path.Combine(ArtifactsFolder, $"{_name}-app.log"));
        _playground = await PlaygroundProcess.StartAsync(BrowserTools.Node, BrowserTools.NodeModules, _app.BotEndpoint, ConversationId,
            Path.Combine(ArtifactsFolder, $"{_name}-playground"), Path.Combine(ArtifactsFolder, $"{_name}-playground.log"));
    }

    /// <summary>Seeds the demo cases into the running app's database (only into an empty one); its timer poller then fires the overdue ones.</summary>
    public Task SeedDemoDataAsync() => DemoData.SeedAsync(_dataFolder ?? throw NotStarted());

    /// <summary>The app's HTTP API as a demo user (<c>X-Dev-User</c>).</summary>
    public HttpClient Api(string demoUser = "manager@demo.local")
    {
        var http = new HttpClient { BaseAddress = App, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Dev-User", demoUser);
        return http;
    }

    /// <summary><c>GET /api/cases/{id}</c> as the manager.</summary>
    public async Task<JsonElement> CaseAsync(Guid id)
    {
        using var api = Api();
        return await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{id}", UriKind.Relative));
    }

    /// <summary>The case with this number (e.g. <c>AS-2026-0002</c>) and its first open step.</summary>
    public async Task<(Guid CaseId, Guid StepId)> OpenStepAsync(string caseNumber)
    {
        using var api = Api();
        var cases = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/cases", UriKind.Relative));
        var id = cases.EnumerateArray().Single(c => c.GetProperty("number").GetString() == caseNumber).GetProperty("id").GetGuid();
        var step = (await CaseAsync(id)).GetProperty("steps").EnumerateArray().First(s => s.GetProperty("status").GetString() == "Open");
        return (id, step.GetProperty("id").GetGuid());
    }

    public PlaygroundClient Client() => new(Playground);

    public Task<PlaygroundFeed> FeedAsync() => PlaygroundFeed.ConnectAsync(Playground);

    private static InvalidOperationException NotStarted() => new(BrowserTools.Missing() ?? "the Playground host did not start");

    public async Task DisposeAsync()
    {
        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_dataFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
