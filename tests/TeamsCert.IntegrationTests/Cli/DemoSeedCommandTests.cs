using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Cli;

public sealed class DemoSeedCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamscert-demo-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Seed_ThenAppAnswersForDemoCasesAcrossARestartAndJournalsVerify()
    {
        var (exit, seeded) = CliRunner.Run("demo", "seed", "--data-folder", _folder);
        var (againExit, again) = CliRunner.Run("demo", "seed", "--data-folder", _folder);
        var (verifyExit, verified) = CliRunner.Run("journal", "verify", "--data-folder", _folder);

        string before;
        using (var app = TeamsCertFactory.On(_folder))
        {
            before = await app.ClientFor("manager@demo.local").GetStringAsync(new Uri("/api/cases", UriKind.Relative));
        }

        string after;
        using (var restarted = TeamsCertFactory.On(_folder))
        {
            after = await restarted.ClientFor("manager@demo.local").GetStringAsync(new Uri("/api/cases", UriKind.Relative));
        }

        Assert.Equal(0, exit);
        Assert.Equal(10, seeded.GetProperty("seeded").GetInt32());
        Assert.Equal(["AS", "CC9", "LS", "TEL"], seeded.GetProperty("cases").EnumerateArray().Where(c => c.GetProperty("certificate").ValueKind == JsonValueKind.String).Select(c => c.GetProperty("scheme").GetString()).Distinct().Order());
        Assert.Equal(0, againExit);
        Assert.Equal(0, again.GetProperty("seeded").GetInt32());
        Assert.Equal(0, verifyExit);
        Assert.True(verified.GetProperty("valid").GetBoolean());
        var cases = JsonDocument.Parse(before).RootElement;
        Assert.Equal(10, cases.GetArrayLength());
        Assert.Contains(cases.EnumerateArray(), c => c.GetProperty("stage").GetString() == "Certified");
        Assert.Contains(cases.EnumerateArray(), c => c.GetProperty("stage").GetString() == "Refused");
        Assert.Contains(cases.EnumerateArray(), c => c.GetProperty("stage").GetString() == "AwaitingApplicant");
        Assert.Equal(before, after);
    }
}
