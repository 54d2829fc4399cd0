using Microsoft.Data.Sqlite;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.IntegrationTests.Support;

/// <summary>A SQLite database file in a fresh temporary folder (the embedded default).</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamscert-db-").FullName;

    public override DatabaseOptions Options => new() { Provider = "Sqlite", ConnectionString = $"Data Source={Path.Combine(_folder, "teamscert.db")}" };

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
