using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Surveillance;
using TeamsCert.Infrastructure.Timers;
using TeamsCert.IntegrationTests.Support;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>
/// Through the real host on each real database: a TEL certificate whose first surveillance is far past TEL-D05 when the
/// app comes back (downtime); the host's timer pass opens the certificate-status step for the programme manager, due
/// today under TEL-D05 with the suggested suspension journaled by the system and a message for the managers, once; the
/// certificate stays valid until the manager decides.
/// </summary>
public abstract class SurveillanceOverdueTests<TDatabase> : IClassFixture<TDatabase>, IDisposable
    where TDatabase : TestDatabase
{
    private readonly TDatabase _database;
    private readonly CycleDriver _driver;
    private readonly TeamsCertFactory _factory = new();

    protected SurveillanceOverdueTests(TDatabase database)
    {
        _database = database;
        _driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 8, 1))));
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Tel_SurveillanceFarPastTelD05AfterDowntime_HostTimerPassPutsSuspensionToManagerOnce()
    {
        await _driver.TelToCertificateAsync();
        var surveillance = _driver.Open("surveillance-audit");
        var today = surveillance.DueOn!.Value.AddDays(250);
        _factory.Clock.SetUtcNow(new DateTimeOffset(today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));
        using var host = _factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Database:Provider", _database.Options.Provider);
            b.UseSetting("ConnectionStrings:TeamsCert", _database.Options.ConnectionString);
            // This test runs the host's timer pass itself, so no poller pass races it.
            b.ConfigureTestServices(services => services.RemoveAll<IHostedService>());
        });
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Dev-User", "manager@demo.local");

        int first, again;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            first = await scope.ServiceProvider.GetRequiredService<TimerFiring>().FireDueAsync();
            again = await scope.ServiceProvider.GetRequiredService<TimerFiring>().FireDueAsync();
        }

        var view = await client.GetFromJsonAsync<JsonElement>($"/api/cases/{_driver.Case.Id}");
        var journal = await client.GetFromJsonAsync<JsonElement>($"/api/cases/{_driver.Case.Id}/journal");
        var register = await client.GetFromJsonAsync<JsonElement>($"/api/register/{_driver.Case.Facts.Certificate!.Number}");
        var status = view.GetProperty("steps").EnumerateArray()
            .Single(s => s.GetProperty("kind").GetString() == "certificate-status" && s.GetProperty("status").GetString() == "Open");
        var missed = journal.EnumerateArray().Where(e => e.GetProperty("type").GetString() == MissedSurveillance.EventType).ToList();
        List<(string Kind, string Recipient)> messages;
        await using (var db = _database.NewContext())
        {
            messages = [.. (await db.Outbox.AsNoTracking().Where(o => o.CaseId == _driver.Case.Id && o.Kind == MissedSurveillance.MessageKind).ToListAsync())
                .Select(o => (o.Kind, o.Recipient)).OrderBy(m => m.Recipient, StringComparer.Ordinal)];
        }

        Assert.True(first >= 2, $"{first} timers fired"); // the surveillance's reminder and overdue timers, missed while the app was down
        Assert.Equal(0, again);
        Assert.True(missed.Count == 1, string.Join(", ", journal.EnumerateArray().Select(e => $"{e.GetProperty("type").GetString()}:{e.GetProperty("ruleId")}:{e.GetProperty("at")}")));
        Assert.Equal(("programmeManager", today.ToString("yyyy-MM-dd", null), "TEL-D05"),
            (status.GetProperty("role").GetString(), status.GetProperty("due").GetString(), status.GetProperty("dueRuleId").GetString()));
        Assert.Contains("suspend", status.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        var entry = Assert.Single(missed);
        Assert.Equal((Actor.System.Id, "TEL-D05"), (entry.GetProperty("actor").GetString(), entry.GetProperty("ruleId").GetString()));
        Assert.Contains("refuses-audit-frequency", entry.GetRawText(), StringComparison.Ordinal);
        Assert.Equal([(MissedSurveillance.MessageKind, StaffRoles.Manager), (MissedSurveillance.MessageKind, StaffRoles.ProgrammeManager)], messages);
        Assert.Equal("valid", register.GetProperty("status").GetString()); // the manager decides; nothing was suspended
    }
}

public sealed class SqliteSurveillanceOverdueTests(SqliteTestDatabase database) : SurveillanceOverdueTests<SqliteTestDatabase>(database);

public sealed class PostgresSurveillanceOverdueTests(PostgresTestDatabase database) : SurveillanceOverdueTests<PostgresTestDatabase>(database);
