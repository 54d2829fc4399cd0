using Microsoft.EntityFrameworkCore;
using TeamsCert.Infrastructure.Demo;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.BrowserTests.Playground;

/// <summary>
/// The demo cases (what <c>teamscert demo seed</c> makes, through <see cref="DemoSeeder"/>) written into the SQLite file
/// of an app data folder, before the app starts or while it runs (SQLite WAL; the app's timer poller then finds the
/// demo steps that are already overdue).
/// </summary>
internal static class DemoData
{
    public static string ConnectionString(string dataFolder) => $"Data Source={Path.Combine(dataFolder, "teamscert.db")}";

    public static async Task SeedAsync(string dataFolder)
    {
        var options = new DatabaseOptions { Provider = "Sqlite", ConnectionString = ConnectionString(dataFolder) };
        TeamsCertDbContext NewContext()
        {
            var builder = new DbContextOptionsBuilder<TeamsCertDbContext>();
            TeamsCertDatabase.Configure(builder, options);
            return new TeamsCertDbContext(builder.Options);
        }

        await using (var db = NewContext())
        {
            await TeamsCertDatabase.MigrateAsync(db);
        }

        await new DemoSeeder(NewContext, RulesLoader.Load(new RulesOptions()), TimeProvider.System).SeedAsync();
    }
}
