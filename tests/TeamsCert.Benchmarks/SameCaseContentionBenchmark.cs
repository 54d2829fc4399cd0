using System.Diagnostics;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Benchmarks;

/// <summary>
/// Independent changes racing on one case: each round, N managers remind the same open step at once, each in its own
/// DbContext. Every reminder is a separate change that must land; the unit of work reruns the losers on the fresh case.
/// Reports how many landed and how many ended as a conflict (what the API would answer 409).
/// </summary>
internal static class SameCaseContentionBenchmark
{
    private static readonly Actor _reviewer = new("reviewer@bench.local", "评审员", new HashSet<string> { StaffRoles.ApplicationReviewer });

    public static async Task<object> RunAsync(string provider, int writers, int rounds)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(provider);
        var rules = RulesLoader.Load(new RulesOptions());
        var time = TimeProvider.System;
        CertificationCase @case;
        await using (var db = database.NewContext())
        {
            @case = await new CaseActions(new CaseStore(db, time), rules, time).OpenAsync(new OpenCaseRequest("TEL", "基准测试组织", 50, 1, "呼叫中心服务"), _reviewer);
        }

        var step = @case.Steps[0].Id;
        var (landed, conflicts) = (0, 0);
        var total = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
            {
                var manager = new Actor($"manager{writer}@bench.local", "经理", new HashSet<string> { StaffRoles.Manager });
                await using var db = database.NewContext();
                try
                {
                    await new StepReminders(new CaseStore(db, time), time).RemindAsync(@case.Id, step, $"第 {round} 轮", manager, CancellationToken.None);
                    Interlocked.Increment(ref landed);
                }
                catch (ConcurrencyConflictException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            })));
        }

        total.Stop();
        return new
        {
            benchmark = "same-case-contention",
            provider,
            writers,
            rounds,
            landed,
            conflicts409 = conflicts,
            conflictShare = Math.Round((double)conflicts / (landed + conflicts), 4),
            seconds = Math.Round(total.Elapsed.TotalSeconds, 2),
            changesPerSecond = Math.Round(landed / total.Elapsed.TotalSeconds, 1),
        };
    }
}
