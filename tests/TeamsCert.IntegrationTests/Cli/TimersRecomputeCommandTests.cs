using Microsoft.Extensions.Time.Testing;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.IntegrationTests.Workflow;

namespace TeamsCert.IntegrationTests.Cli;

public sealed class TimersRecomputeCommandTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly string _calendars = Directory.CreateTempSubdirectory("teamscert-cal-").FullName;

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_calendars, recursive: true);
    }

    [Fact]
    public async Task Recompute_AfterOfficialYearImported_MovesProvisionalDueDateAndJournalsItA41()
    {
        // Received Wed 2026-12-30: TEL-D01 counts Dec 31, (Jan 1 provisional holiday), Jan 4, Jan 5 → provisional.
        var runtime = new RuntimeHarness(_database, new FakeTimeProvider(new DateTimeOffset(2026, 12, 30, 10, 0, 0, TimeSpan.FromHours(8))));
        var @case = await runtime.OpenAsync("TEL");
        File.WriteAllText(Path.Combine(_calendars, "cn-2027.json"),
            """{"year":2027,"source":"测试用 2027 年放假安排","holidays":{"2027-01-01":"元旦","2027-01-04":"元旦"},"makeupWorkdays":{}}""");

        var (exit, json) = CliRunner.Run("timers", "recompute", "--calendars", _calendars, "--connection", _database.Options.ConnectionString!);
        var after = await runtime.LoadAsync(@case.Id);

        Assert.True(@case.Steps[0].DueProvisional);
        Assert.Equal(new DateOnly(2027, 1, 5), @case.Steps[0].DueOn);
        Assert.Equal(0, exit);
        Assert.Equal(1, json.GetProperty("dueDatesChanged").GetInt32());
        Assert.Equal(new DateOnly(2027, 1, 6), after.Steps[0].DueOn);
        Assert.False(after.Steps[0].DueProvisional);
        Assert.Contains(await runtime.JournalAsync(@case.Id), j => j.Type == "deadline.recomputed" && j.RuleId == "TEL-D01");
    }
}
