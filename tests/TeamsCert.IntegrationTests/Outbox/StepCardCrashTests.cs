using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TeamsCert.BrowserTests.Playground;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Bot;
using TeamsCert.IntegrationTests.Support;
using Xunit.Abstractions;

namespace TeamsCert.IntegrationTests.Outbox;

/// <summary>
/// The built web app as a real process, killed (whole process tree) right after an API action answered 200, then
/// started again on the same SQLite folder: the next step's card, queued in the action's transaction, still reaches
/// the programme manager. Repeated, killing at varying moments: the first process polls the outbox only at start
/// (the kill surely lands before delivery); later ones poll often, and every other run is killed only once the card has
/// reached the connector, i.e. around the moment the row is marked sent, where a duplicate is possible.
/// </summary>
public sealed class StepCardCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Runs = 10;
    private const string Programme = "user-prog";
    private readonly string _folder = Directory.CreateTempSubdirectory("teamscert-crash-").FullName;
    private FakeConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ApiAction_ProcessKilledAfterCommit_NextStepCardDeliveredAfterRestart()
    {
        var watch = Stopwatch.StartNew();
        var nextSteps = new List<Guid>();
        var app = await StartAsync(pollOften: false);
        try
        {
            await SayHelpAsync(app);
            for (var run = 0; run < Runs; run++)
            {
                var next = await ActAsync(app);
                nextSteps.Add(next);
                if (run % 2 == 1)
                {
                    await _connector.WaitForAsync(r => IsCardFor(r, next));
                }

                await app.DisposeAsync();
                app = await StartAsync(pollOften: true);
                await _connector.WaitForAsync(r => IsCardFor(r, next));
            }

            await NothingPendingAsync();
        }
        finally
        {
            await app.DisposeAsync();
        }

        var copies = nextSteps.Select(id => _connector.Requests.Count(r => IsCardFor(r, id))).ToList();
        var duplicates = copies.Sum(c => c - 1);
        output.WriteLine($"{Runs} kills, {copies.Count(c => c > 0)} of {Runs} cards delivered, {duplicates} duplicates, {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.All(copies, c => Assert.True(c >= 1, "every card arrives at least once"));
    }

    private static bool IsCardFor(RecordedRequest request, Guid stepId) =>
        request.Method == "POST" && request.Path.Contains($"a:{Programme}", StringComparison.Ordinal) && request.Body.Contains(stepId.ToString(), StringComparison.Ordinal);

    private Task<TeamsCertWebApp> StartAsync(bool pollOften) => TeamsCertWebApp.StartAsync(_folder, new Dictionary<string, string>
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Bot:AllowAnonymous"] = "true",
        [$"Bot:DevelopmentUsers:{Programme}"] = "programme@demo.local",
        ["Outbox:PollInterval"] = pollOften ? "00:00:00.200" : "01:00:00",
        ["Outbox:Lease"] = "00:00:05",
        ["Timers:PollInterval"] = "01:00:00",
    }, Path.Combine(_folder, "app.log"));

    /// <summary>The programme manager talks to the bot once, so it has their conversation.</summary>
    private async Task SayHelpAsync(TeamsCertWebApp app)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var activity = new
        {
            type = "message",
            id = "hello-1",
            serviceUrl = _connector.ServiceUrl,
            channelId = "msteams",
            from = new { id = Programme, name = Programme },
            conversation = new { id = $"a:{Programme}", conversationType = "personal", tenantId = "tenant-1" },
            recipient = new { id = "28:bot", name = "TeamsCert" },
            text = "help",
            locale = "zh-CN",
        };
        using var response = await http.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForAsync(r => r.Method == "POST" && r.Path.Contains($"a:{Programme}", StringComparison.Ordinal));
    }

    /// <summary>Opens a TEL case and accepts its application through the API; returns the audit-programme step it opened.</summary>
    private static async Task<Guid> ActAsync(TeamsCertWebApp app)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Dev-User", "reviewer@demo.local");
        using var opened = await http.PostAsJsonAsync(new Uri("/api/cases", UriKind.Relative),
            new { scheme = "TEL", organization = "北京示例呼叫中心有限公司", personnel = 120, sites = 2, scope = "呼叫中心客户服务" });
        var @case = await opened.Content.ReadFromJsonAsync<JsonElement>();
        var review = Step(@case, "application-review");
        using var acted = await http.PostAsJsonAsync(new Uri($"/api/cases/{@case.GetProperty("id")}/steps/{review}", UriKind.Relative), new { action = "accept" });
        Assert.Equal(HttpStatusCode.OK, acted.StatusCode);
        return Step(await acted.Content.ReadFromJsonAsync<JsonElement>(), CaseProcess.AuditProgramme);
    }

    private static Guid Step(JsonElement view, string kind) => view.GetProperty("steps").EnumerateArray()
        .Single(s => s.GetProperty("kind").GetString() == kind && s.GetProperty("status").GetString() == "Open").GetProperty("id").GetGuid();

    /// <summary>Waits (up to 15 s, longer than a lapsed claim's 5 s lease) until every step card is marked sent, so a late resend would have been counted.</summary>
    private async Task NothingPendingAsync()
    {
        var database = new FolderSqliteDatabase(_folder);
        for (var i = 0; i < 300; i++)
        {
            await using var db = database.NewContext();
            if (!await db.Outbox.AnyAsync(o => o.Kind == CertificationCase.StepOpenedMessage && o.Status == OutboxStatus.Pending && o.Recipient == StaffRoles.ProgrammeManager))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("step cards still pending after 15 s");
    }
}
