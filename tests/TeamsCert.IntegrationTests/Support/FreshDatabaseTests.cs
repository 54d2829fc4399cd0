namespace TeamsCert.IntegrationTests.Support;

/// <summary>
/// A new migrated database for every test (not per class): pollers act on every due row in the database, so a test
/// can only count what fired if no other test's cases live there.
/// </summary>
public abstract class FreshDatabaseTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    protected TDatabase Database { get; } = new();

    public Task InitializeAsync() => Database.InitializeAsync();

    public Task DisposeAsync() => Database.DisposeAsync();
}
