using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.IntegrationTests.Workflow;

namespace TeamsCert.IntegrationTests.Links;

/// <summary>The shared links' storage and journaling on each real database (see the two subclasses).</summary>
public abstract class SharedLinkStoreTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly TDatabase _database;
    private readonly RuntimeHarness _runtime;

    private static CaseAccessGate Gate { get; } = new(NullLogger<CaseAccessGate>.Instance);

    protected SharedLinkStoreTests(TDatabase database)
    {
        _database = database;
        _runtime = new RuntimeHarness(database, new FakeTimeProvider(new DateTimeOffset(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public async Task Create_ThenResolve_HashOnlyRowUseCountedAndNotJournaled()
    {
        var @case = await _runtime.InviteAsync();

        var created = await WithContextAsync((db, store) => new CreateSharedLink(db, store, _runtime.Clock, Gate)
            .CreateAsync(@case.Id, "application-form", 5, RuntimeHarness.Reviewer));
        var resolved = await WithContextAsync((db, store) => new SharedLinkResolver(db, store, _runtime.Clock).ResolveAsync(created.Token));
        var row = await WithContextAsync((db, _) => db.SharedLinks.AsNoTracking().SingleAsync(l => l.Id == created.Link.Id));
        var journal = await _runtime.JournalAsync(@case.Id);

        Assert.True(resolved.IsValid);
        Assert.Equal("application-form", resolved.Step!.Kind);
        Assert.Equal(SharedLinkTokens.Hash(created.Token), row.TokenHash);
        Assert.Equal((1, _runtime.Clock.GetUtcNow().AddDays(5)), (row.UseCount, row.ExpiresAt));
        Assert.Equal(["link.created"], journal.Where(j => j.Type.StartsWith("link.", StringComparison.Ordinal)).Select(j => j.Type));
        Assert.True(JournalChain.Verify(journal).Valid);
    }

    [Fact]
    public async Task Resolve_RevokedThenExpired_RefusedAndNothingStored()
    {
        var @case = await _runtime.InviteAsync();
        var created = await WithContextAsync((db, store) => new CreateSharedLink(db, store, _runtime.Clock, Gate)
            .CreateAsync(@case.Id, "application-form", 1, RuntimeHarness.Reviewer));
        var other = await WithContextAsync((db, store) => new CreateSharedLink(db, store, _runtime.Clock, Gate)
            .CreateAsync(@case.Id, "application-form", 1, RuntimeHarness.Reviewer));
        await WithContextAsync(async (db, store) =>
        {
            await new RevokeSharedLink(db, store, _runtime.Clock, Gate).RevokeAsync(created.Link.Id, RuntimeHarness.Reviewer, "sent to the wrong person");
            return true;
        });
        _runtime.Clock.Advance(TimeSpan.FromDays(1));
        var journalBefore = await _runtime.JournalAsync(@case.Id);

        var revoked = await WithContextAsync((db, store) => new SharedLinkResolver(db, store, _runtime.Clock).ResolveAsync(created.Token));
        var expired = await WithContextAsync((db, store) => new SharedLinkResolver(db, store, _runtime.Clock).ResolveAsync(other.Token));
        var rows = await WithContextAsync((db, _) => db.SharedLinks.AsNoTracking().Where(l => l.CaseId == @case.Id).ToListAsync());
        var journal = await _runtime.JournalAsync(@case.Id);

        Assert.Equal((SharedLinkRefusal.Revoked, SharedLinkRefusal.Expired), (revoked.Refusal, expired.Refusal));
        Assert.All(rows, r => Assert.Equal((0, null), (r.UseCount, r.LastUsedAt)));
        Assert.Equal(journalBefore.Count, journal.Count);
        Assert.DoesNotContain(journal, j => j.Type == "link.refused");
        Assert.Single(journal, j => j.Type == "link.revoked" && j.Reason == "sent to the wrong person");
        Assert.True(JournalChain.Verify(journal).Valid);
    }

    [Fact]
    public async Task Create_ForPurposeTheStateHasNoUseFor_RefusedWithLinkPurposeAndNothingStored()
    {
        var @case = await _runtime.OpenAsync();

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => WithContextAsync((db, store) =>
            new CreateSharedLink(db, store, _runtime.Clock, Gate).CreateAsync(@case.Id, "corrective-actions", null, RuntimeHarness.Reviewer)));
        var count = await WithContextAsync((db, _) => db.SharedLinks.CountAsync(l => l.CaseId == @case.Id));

        Assert.Equal("LINK-PURPOSE", error.RuleId);
        Assert.Equal(0, count);
    }

    [Fact]
    public async Task Insert_SameTokenHashTwice_RefusedByUniqueIndex()
    {
        var @case = await _runtime.OpenAsync();
        var hash = SharedLinkTokens.New().Hash;

        await using var db = _database.NewContext();
        db.SharedLinks.Add(Row(@case.Id, hash));
        await db.SaveChangesAsync();
        db.SharedLinks.Add(Row(@case.Id, hash));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private SharedLinkRow Row(Guid caseId, string hash) => new()
    {
        Id = Guid.NewGuid(),
        CaseId = caseId,
        Purpose = "application-form",
        TokenHash = hash,
        CreatedBy = RuntimeHarness.Reviewer.Id,
        CreatedAt = _runtime.Clock.GetUtcNow().ToUniversalTime(),
        ExpiresAt = _runtime.Clock.GetUtcNow().ToUniversalTime().AddDays(1),
    };

    [Fact]
    public async Task CreateForRuntime_TwiceConcurrentlyAndAgain_OneLiveLinkForTheStepBySystem()
    {
        var @case = await _runtime.InviteAsync();

        // Two deliveries of the same message at once (two nodes after a lapsed lease), then a third after both.
        var both = await Task.WhenAll(
            WithContextAsync((db, store) => new CreateSharedLink(db, store, _runtime.Clock, Gate).CreateForRuntimeAsync(@case.Id, "application-form")),
            WithContextAsync((db, store) => new CreateSharedLink(db, store, _runtime.Clock, Gate).CreateForRuntimeAsync(@case.Id, "application-form")));
        var again = await WithContextAsync((db, store) => new CreateSharedLink(db, store, _runtime.Clock, Gate).CreateForRuntimeAsync(@case.Id, "application-form"));
        var unused = await WithContextAsync((db, store) => new CreateSharedLink(db, store, _runtime.Clock, Gate).CreateForRuntimeAsync(@case.Id, "corrective-actions"));
        var rows = await WithContextAsync((db, _) => db.SharedLinks.AsNoTracking().Where(l => l.CaseId == @case.Id).ToListAsync());

        Assert.Single(both, c => c is not null);
        Assert.Null(again);
        Assert.Null(unused);
        var row = Assert.Single(rows);
        Assert.Equal(("system", _runtime.Clock.GetUtcNow().AddDays(CreateSharedLink.DefaultDays)), (row.CreatedBy, row.ExpiresAt));
    }

    [Fact]
    public async Task CreateForRuntime_PreviousLinkRevoked_CreatesANewOne()
    {
        var @case = await _runtime.InviteAsync();
        var first = await WithContextAsync((db, store) => new CreateSharedLink(db, store, _runtime.Clock, Gate).CreateForRuntimeAsync(@case.Id, "application-form"));
        await WithContextAsync(async (db, store) =>
        {
            await new RevokeSharedLink(db, store, _runtime.Clock, Gate).RevokeForRuntimeAsync(first!.Link.Id, "mail failed");
            return true;
        });

        var second = await WithContextAsync((db, store) => new CreateSharedLink(db, store, _runtime.Clock, Gate).CreateForRuntimeAsync(@case.Id, "application-form"));

        Assert.NotNull(second);
        Assert.NotEqual(first!.Link.Id, second.Link.Id);
        Assert.True(JournalChain.Verify(await _runtime.JournalAsync(@case.Id)).Valid);
    }

    private async Task<T> WithContextAsync<T>(Func<TeamsCertDbContext, CaseStore, Task<T>> work)
    {
        await using var db = _database.NewContext();
        return await work(db, new CaseStore(db, _runtime.Clock));
    }
}
