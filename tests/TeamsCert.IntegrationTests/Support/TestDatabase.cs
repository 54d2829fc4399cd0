using Microsoft.EntityFrameworkCore;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.IntegrationTests.Support;

/// <summary>A real, empty, migrated database for one test class: a SQLite file or a fresh PostgreSQL database.</summary>
public abstract class TestDatabase : IAsyncLifetime
{
    public abstract DatabaseOptions Options { get; }

    public TeamsCertDbContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<TeamsCertDbContext>();
        TeamsCertDatabase.Configure(builder, Options);
        return new TeamsCertDbContext(builder.Options);
    }

    public virtual async Task InitializeAsync()
    {
        await using var db = NewContext();
        await TeamsCertDatabase.MigrateAsync(db);
    }

    public abstract Task DisposeAsync();
}
