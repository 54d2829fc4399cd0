using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Timers;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.IntegrationTests.Workflow;

namespace TeamsCert.IntegrationTests.Timers;

/// <summary>
/// Deadline timers fired by the poller's pass on each real database (see the two subclasses). Passes are driven
/// directly with a fake clock: nothing here waits on wall time.
/// </summary>
public abstract class TimerFiringTests<TDatabase> : FreshDatabaseTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly TimeSpan _shanghai = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset _received = new(2025, 9, 30, 10, 0, 0, _shanghai);

    // TEL-D01 from 2025-09-30: three working days → due Saturday 2025-10-11 (a make-up working day), so the reminder is
    // at 09:00 on Friday 2025-10-10 and the overdue timer at the end of 2025-10-11, Shanghai time.
    private static readonly DateTimeOffset _remindAt = new(2025, 10, 10, 9, 0, 0, _shanghai);
    private static readonly DateTimeOffset _dueDayEnds = new(2025, 10, 12, 0, 0, 0, _shanghai);
    private readonly FakeTimeProvider _clock = new(_received);
    private readonly RuntimeHarness _runtime;

    protected TimerFiringTests() => _runtime = new RuntimeHarness(Database, _clock);

    [Fact]
    public async Task Reminder_At0900ShanghaiWorkingDayBeforeDue_FiresOnceAndNotBeforeTelD01()
    {
        var @case = await _runtime.OpenAsync("TEL");

        _clock.SetUtcNow(_remindAt.AddMilliseconds(-1));
        var early = await PassAsync();
        _clock.SetUtcNow(_remindAt);
        var onTime = await PassAsync();
        var again = await PassAsync();

        Assert.Equal([0, 1, 0], [early, onTime, again]);
        var journal = await _runtime.JournalAsync(@case.Id);
        var reminder = Assert.Single(journal, j => j.Type.StartsWith("deadline.", StringComparison.Ordinal));
        Assert.Equal("deadline.reminder", reminder.Type);
        Assert.Equal("TEL-D01", reminder.RuleId);
        Assert.Equal("2025-10-11", Data(reminder)["due"]);
        Assert.Equal(_remindAt, reminder.At);
        Assert.True(JournalChain.Verify(journal).Valid);
        var message = Assert.Single(await OutboxAsync(@case.Id));
        Assert.Equal(("deadline-reminder", StaffRoles.ApplicationReviewer), (message.Kind, message.Recipient));
    }

    [Fact]
    public async Task Overdue_AfterDueDayEnds_EscalatesToManagerTelD01()
    {
        var @case = await _runtime.OpenAsync("TEL");

        _clock.SetUtcNow(_dueDayEnds.AddMilliseconds(-2));
        var lastDueMoment = await PassAsync();
        _clock.SetUtcNow(_dueDayEnds);
        var dayEnded = await PassAsync();

        Assert.Equal(1, lastDueMoment);
        Assert.Equal(1, dayEnded);
        var journal = await _runtime.JournalAsync(@case.Id);
        var overdue = Assert.Single(journal, j => j.Type == "deadline.overdue");
        Assert.Equal("TEL-D01", overdue.RuleId);
        Assert.Equal(_dueDayEnds, overdue.At);
        Assert.Single(journal, j => j.Type == "deadline.reminder");
        Assert.True(JournalChain.Verify(journal).Valid, JournalChain.Verify(journal).Problem);
        var escalation = Assert.Single(await OutboxAsync(@case.Id), m => m.Kind == "deadline-overdue");
        Assert.Equal(StaffRoles.Manager, escalation.Recipient);
        Assert.All(await _runtime.TimersAsync(@case.Id), t => Assert.Equal(TimerStatus.Fired, t.Status));
    }

    [Fact]
    public async Task CatchUp_NewPollerAfterDowntime_FiresEveryMissedTimerOnceOldestFirst()
    {
        var cases = new List<CertificationCase>();
        foreach (var received in new[] { _received, new DateTimeOffset(2025, 10, 20, 10, 0, 0, _shanghai), new DateTimeOffset(2025, 11, 10, 10, 0, 0, _shanghai) })
        {
            _clock.SetUtcNow(received);
            cases.Add(await _runtime.OpenAsync("TEL"));
        }

        // Down for two months: every reminder and overdue timer of the three cases is missed.
        _clock.SetUtcNow(new DateTimeOffset(2026, 1, 31, 12, 0, 0, _shanghai));
        var caughtUp = await PassAsync();
        var second = await PassAsync();

        Assert.Equal(6, caughtUp);
        Assert.Equal(0, second);
        var fireAt = new Dictionary<(Guid, string), long>();
        var fired = new List<JournalRow>();
        foreach (var @case in cases)
        {
            var journal = await _runtime.JournalAsync(@case.Id);
            Assert.True(JournalChain.Verify(journal).Valid);
            Assert.Single(journal, j => j.Type == "deadline.reminder");
            Assert.Single(journal, j => j.Type == "deadline.overdue");
            fired.AddRange(journal.Where(j => j.Type.StartsWith("deadline.", StringComparison.Ordinal)));
            foreach (var timer in await _runtime.TimersAsync(@case.Id))
            {
                Assert.Equal(TimerStatus.Fired, timer.Status);
                fireAt[(@case.Id, "deadline." + timer.Kind)] = timer.FireAtMs;
            }
        }

        // Journal row ids grow in insertion order across cases: the oldest timer was fired first.
        var firedOrder = fired.OrderBy(j => j.Id).Select(j => fireAt[(j.CaseId, j.Type)]).ToList();
        Assert.Equal(firedOrder.Order(), firedOrder);
    }

    [Fact]
    public async Task TwoPollers_RacingOnSameDatabase_FireEachTimerExactlyOnce()
    {
        var cases = new List<CertificationCase>();
        for (var i = 0; i < 12; i++)
        {
            cases.Add(await _runtime.OpenAsync("TEL"));
        }

        _clock.SetUtcNow(_dueDayEnds.AddDays(3));
        await using var dbA = Database.NewContext();
        await using var dbB = Database.NewContext();
        var nodeA = NewFiring(dbA, "node-a", batchSize: 5);
        var nodeB = NewFiring(dbB, "node-b", batchSize: 5);
        var counts = await Task.WhenAll(Task.Run(() => nodeA.FireDueAsync()), Task.Run(() => nodeB.FireDueAsync()));

        Assert.Equal(24, counts.Sum());
        foreach (var @case in cases)
        {
            var journal = await _runtime.JournalAsync(@case.Id);
            Assert.Single(journal, j => j.Type == "deadline.reminder");
            Assert.Single(journal, j => j.Type == "deadline.overdue");
            Assert.True(JournalChain.Verify(journal).Valid);
            Assert.Equal(2, (await OutboxAsync(@case.Id)).Count);
        }
    }

    [Fact]
    public async Task ClaimHeldByDeadNode_NotFiredUntilLeaseLapses()
    {
        var @case = await _runtime.OpenAsync("TEL");
        _clock.SetUtcNow(_dueDayEnds);
        var leaseEnds = _clock.GetUtcNow().AddMinutes(1).ToUnixTimeMilliseconds();
        await using (var db = Database.NewContext())
        {
            await db.Timers.ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, "dead-node").SetProperty(t => t.ClaimedUntilMs, leaseEnds));
        }

        var whileLeased = await PassAsync();
        _clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromMilliseconds(1));
        var afterLease = await PassAsync();

        Assert.Equal(0, whileLeased);
        Assert.Equal(2, afterLease);
        Assert.All(await _runtime.TimersAsync(@case.Id), t => Assert.Equal("node-a", t.ClaimedBy));
    }

    [Fact]
    public async Task TimerMarkedByAnotherNode_LateSaveRefusedEvenWithFreshCase()
    {
        var @case = await _runtime.OpenAsync("TEL");
        var reminderId = (await _runtime.TimersAsync(@case.Id)).Single(t => t.Kind == StepTimers.Reminder).Id;
        _clock.SetUtcNow(_remindAt);
        await using var dbA = Database.NewContext();
        await using var dbB = Database.NewContext();
        var storeA = new CaseStore(dbA, _clock);
        var storeB = new CaseStore(dbB, _clock);

        // Node B read the timer while it was pending (say, after node A's lease lapsed); node A then fired it.
        var timerB = (await storeB.LoadTimerAsync(reminderId))!;
        var timerA = (await storeA.LoadTimerAsync(reminderId))!;
        var caseA = (await storeA.LoadAsync(@case.Id))!;
        caseA.DeadlineTimerFired(timerA.StepId, timerA.Kind, _clock.GetUtcNow());
        timerA.Status = TimerStatus.Fired;
        await storeA.SaveTimerAsync(timerA, caseA);

        // B reads the case only now, so the case's version check alone would let its save through.
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var caseB = (await storeB.LoadAsync(@case.Id))!;
        caseB.DeadlineTimerFired(timerB.StepId, timerB.Kind, _clock.GetUtcNow());
        timerB.Status = TimerStatus.Fired;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => storeB.SaveTimerAsync(timerB, caseB));
        Assert.Single(await _runtime.JournalAsync(@case.Id), j => j.Type == "deadline.reminder");
        Assert.Single(await OutboxAsync(@case.Id));
    }

    [Fact]
    public async Task TimerThatCannotFire_KeptPendingAndOthersStillFire()
    {
        var broken = await _runtime.OpenAsync("TEL");
        var fine = await _runtime.OpenAsync("TEL");
        await using (var db = Database.NewContext())
        {
            // A kind this node does not know (say, written by a newer version during a rolling upgrade) is not cancelled.
            await db.Timers.Where(t => t.CaseId == broken.Id && t.Kind == StepTimers.Reminder)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Kind, "nudge"));
        }

        _clock.SetUtcNow(_dueDayEnds);
        var fired = await PassAsync();

        Assert.Equal(3, fired);
        Assert.All(await _runtime.TimersAsync(fine.Id), t => Assert.Equal(TimerStatus.Fired, t.Status));
        var kept = Assert.Single(await _runtime.TimersAsync(broken.Id), t => t.Kind == "nudge");
        Assert.Equal((TimerStatus.Pending, "node-a"), (kept.Status, kept.ClaimedBy));
        Assert.True(JournalChain.Verify(await _runtime.JournalAsync(broken.Id)).Valid);
    }

    [Fact]
    public async Task CompletedStep_TimersCancelledAndNeverFired()
    {
        var @case = await _runtime.OpenAsync("TEL");
        await _runtime.ActAsync(@case, "application-review", "accept", RuntimeHarness.Reviewer);
        var before = await _runtime.JournalAsync(@case.Id);

        _clock.SetUtcNow(_dueDayEnds.AddDays(30));
        var fired = await PassAsync();

        Assert.Equal(0, fired);
        Assert.Equal(before.Count, (await _runtime.JournalAsync(@case.Id)).Count);
        Assert.DoesNotContain(await _runtime.JournalAsync(@case.Id), j => j.Type.StartsWith("deadline.", StringComparison.Ordinal));
        Assert.All(await _runtime.TimersAsync(@case.Id), t => Assert.Equal(TimerStatus.Cancelled, t.Status));
    }

    [Fact]
    public async Task StalePendingTimerOfCompletedStep_CancelledByPollerNotFired()
    {
        var @case = await _runtime.OpenAsync("TEL");
        await _runtime.ActAsync(@case, "application-review", "accept", RuntimeHarness.Reviewer);
        await using (var db = Database.NewContext())
        {
            // As if the timer had been left pending (e.g. written before the step was decided on another node).
            await db.Timers.Where(t => t.CaseId == @case.Id && t.Kind == StepTimers.Overdue)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TimerStatus.Pending));
        }

        var before = await _runtime.JournalAsync(@case.Id);
        _clock.SetUtcNow(_dueDayEnds.AddDays(1));
        var fired = await PassAsync();

        Assert.Equal(0, fired);
        Assert.Equal(before.Count, (await _runtime.JournalAsync(@case.Id)).Count);
        var overdue = Assert.Single(await _runtime.TimersAsync(@case.Id), t => t.Kind == StepTimers.Overdue);
        Assert.Equal(TimerStatus.Cancelled, overdue.Status);
        Assert.Null(overdue.FiredAtMs);
        Assert.DoesNotContain(await OutboxAsync(@case.Id), m => m.Kind.StartsWith("deadline-", StringComparison.Ordinal));
    }

    private TimerFiring NewFiring(TeamsCertDbContext db, string node, int batchSize = 100) =>
        new(db, _clock, RuntimeHarness.Rules, Options.Create(new TimerOptions { NodeId = node, BatchSize = batchSize }), NullLogger<TimerFiring>.Instance);

    /// <summary>One pass by a new poller on a new DbContext, as after a restart.</summary>
    private async Task<int> PassAsync()
    {
        await using var db = Database.NewContext();
        return await NewFiring(db, "node-a").FireDueAsync();
    }

    /// <summary>The case's outbox rows other than step cards (<c>step-opened</c>, queued when the case opened its first step).</summary>
    private async Task<List<OutboxRow>> OutboxAsync(Guid caseId)
    {
        await using var db = Database.NewContext();
        return await db.Outbox.AsNoTracking().Where(o => o.CaseId == caseId && o.Kind != CertificationCase.StepOpenedMessage).ToListAsync();
    }

    private static Dictionary<string, string> Data(JournalRow row) => JsonSerializer.Deserialize<Dictionary<string, string>>(row.DataJson)!;
}
