using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Infrastructure.Timers;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Benchmarks;

/// <summary>
/// The timer poller's cost with 100,000 pending timers: an idle pass (nothing due, the usual case every 15 s) and a
/// pass that fires the due timers of a thousand cases among them.
/// </summary>
internal static class TimerPollerBenchmark
{
    private static readonly Actor _reviewer = new("reviewer@bench.local", "评审员", new HashSet<string> { StaffRoles.ApplicationReviewer });

    public static async Task<object> RunAsync(string provider, int pendingTimers, int dueCases)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(provider);
        var rules = RulesLoader.Load(new RulesOptions());
        var clock = new BenchmarkClock(new DateTimeOffset(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8)));
        for (var i = 0; i < dueCases; i++)
        {
            await using var db = database.NewContext();
            await new CaseActions(new CaseStore(db, clock), rules, clock).OpenAsync(new OpenCaseRequest("TEL", $"基准测试组织 {i}", 50, 1, "呼叫中心服务"), _reviewer);
        }

        // The bulk of the pending timers lies months ahead; they are inserted directly, as only their rows matter here.
        var future = clock.GetUtcNow().AddMonths(6).ToUnixTimeMilliseconds();
        for (var inserted = 0; inserted < pendingTimers;)
        {
            await using var db = database.NewContext();
            var batch = Math.Min(5_000, pendingTimers - inserted);
            db.Timers.AddRange(Enumerable.Range(0, batch).Select(n => new TimerRow
            {
                Id = Guid.NewGuid(),
                CaseId = Guid.NewGuid(),
                StepId = Guid.NewGuid(),
                Kind = "overdue",
                FireAtMs = future + inserted + n,
            }));
            await db.SaveChangesAsync();
            inserted += batch;
        }

        var idle = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            idle.Add(await PassAsync(database, clock, expectFired: 0));
        }

        // Move to 09:00 on the working day before the review due date: every case's reminder is due, nothing else.
        clock.Now = new DateTimeOffset(2025, 10, 10, 9, 0, 1, TimeSpan.FromHours(8));
        var firing = await PassAsync(database, clock, expectFired: dueCases);
        idle.Sort();
        return new
        {
            benchmark = "timer-poller",
            provider,
            pendingTimers = pendingTimers + (2 * dueCases),
            idlePassMedianMs = Math.Round(idle[idle.Count / 2], 2),
            idlePassMaxMs = Math.Round(idle[^1], 2),
            firedTimers = dueCases,
            firingPassSeconds = Math.Round(firing / 1000, 2),
            timersFiredPerSecond = Math.Round(dueCases / (firing / 1000), 1),
        };
    }

    private static async Task<double> PassAsync(BenchmarkDatabase database, BenchmarkClock clock, int expectFired)
    {
        await using var db = database.NewContext();
        var firing = new TimerFiring(db, clock, RulesLoader.Load(new RulesOptions()), Options.Create(new TimerOptions()), NullLogger<TimerFiring>.Instance);
        var watch = Stopwatch.StartNew();
        var fired = await firing.FireDueAsync();
        watch.Stop();
        return fired == expectFired ? watch.Elapsed.TotalMilliseconds : throw new InvalidOperationException($"fired {fired}, expected {expectFired}");
    }
}
