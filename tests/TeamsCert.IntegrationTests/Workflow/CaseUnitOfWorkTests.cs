using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>
/// The one way to change a case (<see cref="CaseUnitOfWork"/>) on each real database: idempotency keys bound to what
/// they stand for, retries only for lost races, bad values reported as such, the steps a change opened.
/// </summary>
public abstract class CaseUnitOfWorkTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    protected TDatabase Database { get; }
    private readonly RuntimeHarness _runtime;

    protected CaseUnitOfWorkTests(TDatabase database)
    {
        Database = database;
        _runtime = new RuntimeHarness(database, new FakeTimeProvider(new DateTimeOffset(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public async Task Act_KeyReusedForAnotherCaseActorOrAction_RefusedAndNothingActed()
    {
        var first = await _runtime.OpenAsync("TEL");
        var second = await _runtime.OpenAsync("TEL");
        var key = $"card-{Guid.NewGuid():N}";
        await _runtime.ActAsync(first, "application-review", "accept", RuntimeHarness.Reviewer, key: key);

        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => _runtime.ActAsync(second, "application-review", "accept", RuntimeHarness.Reviewer, key: key));
        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => _runtime.WithActionsAsync((actions, _) =>
            actions.ActAsync(first.Id, first.Steps[0].Id, "accept", new Dictionary<string, string>(), key, RuntimeHarness.Reviewer2)));
        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => _runtime.WithActionsAsync((actions, _) =>
            actions.ActAsync(first.Id, first.Steps[0].Id, "reject", new Dictionary<string, string> { ["reason"] = "重复" }, key, RuntimeHarness.Reviewer)));

        var untouched = await _runtime.LoadAsync(second.Id);
        Assert.Equal(CaseStage.ApplicationReview, untouched.Stage);
        Assert.Equal(StepStatus.Open, untouched.Steps.Single().Status);
        Assert.Single(await _runtime.JournalAsync(first.Id), j => j.Type == "step.completed");
    }

    [Fact]
    public async Task Act_SameKeyTwiceAtOnce_OneActsOneReplays()
    {
        var @case = await _runtime.OpenAsync("TEL");
        var key = $"card-{Guid.NewGuid():N}";

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            _runtime.ActAsync(@case, "application-review", "accept", RuntimeHarness.Reviewer, key: key))));

        Assert.Equal([false, true], results.Select(r => r.Replayed).Order());
        Assert.All(results, r => Assert.Equal(CaseStage.AuditProgramme, r.Case.Stage));
        Assert.Single(await _runtime.JournalAsync(@case.Id), j => j.Type == "step.completed");
    }

    [Fact]
    public async Task Act_NulInData_RefusedNamingTheFieldBeforeAnythingIsStored()
    {
        var @case = await _runtime.OpenAsync("TEL");

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => _runtime.ActAsync(@case, "application-review", "reject", RuntimeHarness.Reviewer,
            new Dictionary<string, string> { ["reason"] = "不在\0范围内" }));

        Assert.Equal("data.reason", error.Field);
        Assert.Equal(@case.Version, (await _runtime.LoadAsync(@case.Id)).Version);
    }

    [Fact]
    public async Task ChangeStep_Accept_ReportsExactlyTheStepsTheActionOpened()
    {
        var @case = await _runtime.OpenAsync("TEL");
        var review = @case.Steps.Single();

        var change = await _runtime.WithActionsAsync((actions, _) =>
            actions.ChangeStepAsync(@case.Id, review.Id, "accept", new Dictionary<string, string>(), null, RuntimeHarness.Reviewer));

        Assert.False(change.Replayed);
        Assert.NotEmpty(change.OpenedSteps);
        Assert.Equal(change.Case.Steps.Where(s => s.Id != review.Id).Select(s => s.Id).Order(), change.OpenedSteps.Select(s => s.Id).Order());
        Assert.All(change.OpenedSteps, s => Assert.Equal(StepStatus.Open, s.Status));
    }

    [Fact]
    public async Task Change_TwoWritersLoadTheSameVersion_LoserRerunsOnTheFreshCaseAndBothLand()
    {
        var @case = await _runtime.OpenAsync("TEL");
        var step = @case.Steps.Single().Id;
        var bothLoaded = new CountdownEvent(2);
        var runs = new int[2];

        async Task<CaseChange<bool>> RemindAsync(int writer)
        {
            await using var db = Database.NewContext();
            var store = new CaseStore(db, _runtime.Clock, RuntimeHarness.Rules.Schemes);
            return await new CaseUnitOfWork(store, _runtime.Clock).ChangeAsync(@case.Id, (c, ct) =>
            {
                if (Interlocked.Increment(ref runs[writer]) == 1)
                {
                    // Both first attempts hold the same version before either saves: exactly one must lose the race.
                    bothLoaded.Signal();
                    bothLoaded.Wait(TimeSpan.FromSeconds(10), ct);
                }

                if (writer == 0)
                {
                    c.Remind(step, "请尽快受理", RuntimeHarness.Manager, _runtime.Clock.GetUtcNow());
                }
                else
                {
                    c.RecordLink("link.emailed", RuntimeHarness.Manager, _runtime.Clock.GetUtcNow(), null, new Dictionary<string, string> { ["to"] = "contact@example.cn" });
                }

                return ValueTask.FromResult(true);
            });
        }

        await Task.WhenAll(Task.Run(() => RemindAsync(0)), Task.Run(() => RemindAsync(1)));

        Assert.Equal([1, 2], runs.Order());
        var journal = await _runtime.JournalAsync(@case.Id);
        Assert.Single(journal, j => j.Type == "step.reminded");
        Assert.Single(journal, j => j.Type == "link.emailed");
        Assert.Equal(@case.Version + 2, (await _runtime.LoadAsync(@case.Id)).Version);
    }

    [Fact]
    public async Task Act_ThirtyConcurrentActorsOnDistinctCases_NoneRefused()
    {
        var cases = new List<CertificationCase>();
        for (var i = 0; i < 30; i++)
        {
            cases.Add(await _runtime.OpenAsync("TEL"));
        }

        var results = await Task.WhenAll(cases.Select(c => Task.Run(() => _runtime.ActAsync(c, "application-review", "accept", RuntimeHarness.Reviewer))));

        Assert.All(results, r => Assert.Equal(CaseStage.AuditProgramme, r.Case.Stage));
    }
}
