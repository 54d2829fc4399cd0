using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

public sealed class PostgresCaseUnitOfWorkTests(PostgresTestDatabase database) : CaseUnitOfWorkTests<PostgresTestDatabase>(database)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8)));

    /// <summary>
    /// PostgreSQL refuses a NUL in a text (SQLite stores it). A value that reaches the database unchecked is reported as
    /// a refused value at once, not retried as if someone else were changing the case.
    /// </summary>
    [Fact]
    public async Task Change_DatabaseRefusesAValue_ReportedOnceAsARefusedValueNotAConflict()
    {
        var @case = await new RuntimeHarness(Database, _clock).OpenAsync("TEL");
        var runs = 0;
        await using var db = Database.NewContext();
        var store = new CaseStore(db, _clock, RuntimeHarness.Rules.Schemes);

        await Assert.ThrowsAsync<StoredValueRejectedException>(() => new CaseUnitOfWork(store, _clock).ChangeAsync(@case.Id, c =>
        {
            runs++;
            c.RecordLink("link.revoked", Actor.System, _clock.GetUtcNow(), "撤销\0原因", new Dictionary<string, string>());
        }));

        Assert.Equal(1, runs);
    }
}
