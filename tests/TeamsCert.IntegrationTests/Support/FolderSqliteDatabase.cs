using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.IntegrationTests.Support;

/// <summary>The SQLite database of a hosted app's data folder, so the runtime harness can prepare cases the app then serves.</summary>
public sealed class FolderSqliteDatabase(string dataFolder) : TestDatabase
{
    public override DatabaseOptions Options => new() { Provider = "Sqlite", ConnectionString = $"Data Source={Path.Combine(dataFolder, "teamscert.db")}" };

    /// <summary>The folder belongs to the app's factory, which removes it.</summary>
    public override Task DisposeAsync() => Task.CompletedTask;
}
