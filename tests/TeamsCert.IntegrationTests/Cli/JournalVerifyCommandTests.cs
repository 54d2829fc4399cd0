using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.IntegrationTests.Workflow;

namespace TeamsCert.IntegrationTests.Cli;

public sealed class JournalVerifyCommandTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Verify_IntactThenTampered_Exit0ThenExit5NamingCaseAndEntry()
    {
        var runtime = new RuntimeHarness(_database, new FakeTimeProvider(new DateTimeOffset(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8))));
        var @case = await runtime.OpenAsync("TEL");
        await runtime.ActAsync(@case, "application-review", "accept", RuntimeHarness.Reviewer);

        var (intactExit, intact) = CliRunner.Run("journal", "verify", "--connection", _database.Options.ConnectionString!);
        await using (var db = _database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE journal SET ActorId = 'someone-else' WHERE Sequence = 3");
        }

        var (brokenExit, broken) = CliRunner.Run("journal", "verify", "--case", @case.Number, "--connection", _database.Options.ConnectionString!);

        Assert.Equal(0, intactExit);
        Assert.True(intact.GetProperty("valid").GetBoolean());
        Assert.Equal(5, brokenExit);
        var entry = Assert.Single(broken.GetProperty("broken").EnumerateArray());
        Assert.Equal(@case.Number, entry.GetProperty("number").GetString());
        Assert.Equal(3, entry.GetProperty("brokenAt").GetInt32());
    }

    [Fact]
    public void Verify_UnknownCase_NamesField()
    {
        var (exit, json) = CliRunner.Run("journal", "verify", "--case", "TEL-1999-0001", "--connection", _database.Options.ConnectionString!);

        Assert.Equal(2, exit);
        Assert.Equal("case", json.GetProperty("error").GetProperty("field").GetString());
    }
}
