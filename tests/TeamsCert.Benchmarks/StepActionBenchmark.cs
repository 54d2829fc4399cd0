using System.Collections.Concurrent;
using System.Diagnostics;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Benchmarks;

/// <summary>
/// Step actions per second and latency percentiles with N concurrent actors, each action a full request's worth of work:
/// new DbContext, load the case, run the rules, save case + journal + timers + outbox in one transaction. Every actor works
/// on distinct cases, so an action that ends in a conflict (what the API answers 409) is counted as a defect.
/// </summary>
internal static class StepActionBenchmark
{
    private static readonly Actor _reviewer = new("reviewer@bench.local", "评审员", new HashSet<string> { StaffRoles.ApplicationReviewer });

    public static async Task<object> RunAsync(string provider, int actors, int cases)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(provider);
        var rules = RulesLoader.Load(new RulesOptions());
        var time = TimeProvider.System;
        var open = new ConcurrentQueue<(Guid Case, Guid Step)>();
        for (var i = 0; i < cases; i++)
        {
            await using var db = database.NewContext();
            var opened = await new CaseActions(new CaseStore(db, time), rules, time)
                .OpenAsync(new OpenCaseRequest("TEL", $"基准测试组织 {i}", 50, 1, "呼叫中心服务"), _reviewer);
            open.Enqueue((opened.Id, opened.Steps[0].Id));
        }

        // Warm up (JIT, connection pool, EF model) on a few cases that are not counted.
        for (var i = 0; i < Math.Min(20, open.Count / 10) && open.TryDequeue(out var warm); i++)
        {
            await using var db = database.NewContext();
            await new CaseActions(new CaseStore(db, time), rules, time).ActAsync(warm.Case, warm.Step, "accept", new Dictionary<string, string>(), null, _reviewer);
        }

        var latencies = new ConcurrentBag<double>();
        var conflicts = 0;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, actors).Select(_ => Task.Run(async () =>
        {
            while (open.TryDequeue(out var work))
            {
                var watch = Stopwatch.StartNew();
                await using var db = database.NewContext();
                try
                {
                    await new CaseActions(new CaseStore(db, time), rules, time).ActAsync(work.Case, work.Step, "accept", new Dictionary<string, string>(), null, _reviewer);
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }
                catch (ConcurrencyConflictException)
                {
                    // What the API would answer 409: every attempt of the unit of work lost a race. Each case has one actor,
                    // so there is no real contention and the goal is none.
                    Interlocked.Increment(ref conflicts);
                }
            }
        })));
        total.Stop();
        var sorted = latencies.Order().ToArray();
        return new
        {
            benchmark = "step-actions",
            provider,
            actors,
            actions = sorted.Length,
            conflicts409 = conflicts,
            conflictShare = Math.Round((double)conflicts / (sorted.Length + conflicts), 4),
            seconds = Math.Round(total.Elapsed.TotalSeconds, 2),
            actionsPerSecond = Math.Round(sorted.Length / total.Elapsed.TotalSeconds, 1),
            p50Ms = Math.Round(Percentile(sorted, 0.50), 1),
            p99Ms = Math.Round(Percentile(sorted, 0.99), 1),
            maxMs = Math.Round(sorted[^1], 1),
        };
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
