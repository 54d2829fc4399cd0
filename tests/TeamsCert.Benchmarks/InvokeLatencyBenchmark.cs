using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using TeamsCert.BrowserTests.Playground;

namespace TeamsCert.Benchmarks;

/// <summary>
/// Latency of Action.Execute as Teams sends it: the web app runs as a real process (Development, anonymous bot, SQLite
/// with the demo cases), <c>users</c> simulated Teams users each POST <c>requests</c> <c>invoke</c> activities named
/// <c>adaptiveCard/action</c> (verbs step.show and step.refresh on the demo cases' open steps) to <c>/api/messages</c>
/// at the same time, after a warm-up. The activities' serviceUrl is a local fake connector answering 201.
/// Whatever <c>IBotActivityHandler</c> is registered answers, so the benchmark does not change when the handler does.
/// </summary>
internal static class InvokeLatencyBenchmark
{
    private static readonly string[] _demoUsers = ["manager@demo.local", "reviewer@demo.local", "programme@demo.local", "leader@demo.local"];

    public static async Task<object> RunAsync(int users, int requestsPerUser)
    {
        var folder = Directory.CreateTempSubdirectory("teamscert-bench-invoke-").FullName;
        try
        {
            await DemoData.SeedAsync(folder);
            using var connector = new FakeConnector();
            var settings = new Dictionary<string, string> { ["Logging:LogLevel:Default"] = "Warning", ["Bot:QueueCapacity"] = "10000" };
            for (var u = 0; u < users; u++)
            {
                settings[$"Bot:DevelopmentUsers:{UserId(u)}"] = _demoUsers[u % _demoUsers.Length];
            }

            await using var app = await TeamsCertWebApp.StartAsync(folder, settings, Path.Combine(folder, "app.log"));
            using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            var steps = await OpenStepsAsync(http);

            // Warm-up (JIT, connection pool, EF model, first requests of each user): two requests per user, not counted.
            await RunUsersAsync(http, connector.BaseAddress, steps, users, 2, new ConcurrentBag<double>(), new ConcurrentBag<int>());

            var latencies = new ConcurrentBag<double>();
            var failures = new ConcurrentBag<int>();
            var total = Stopwatch.StartNew();
            await RunUsersAsync(http, connector.BaseAddress, steps, users, requestsPerUser, latencies, failures);
            total.Stop();
            var sorted = latencies.Order().ToArray();
            return new
            {
                benchmark = "invoke-latency",
                users,
                requestsPerUser,
                requests = sorted.Length,
                failed = failures.Count,
                failedStatuses = failures.GroupBy(s => s).ToDictionary(g => g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g => g.Count()),
                seconds = Math.Round(total.Elapsed.TotalSeconds, 2),
                requestsPerSecond = Math.Round(sorted.Length / total.Elapsed.TotalSeconds, 1),
                p50Ms = Math.Round(Percentile(sorted, 0.50), 1),
                p95Ms = Math.Round(Percentile(sorted, 0.95), 1),
                p99Ms = Math.Round(Percentile(sorted, 0.99), 1),
                maxMs = Math.Round(sorted[^1], 1),
                connectorCalls = connector.Calls,
                targetSteps = steps.Count,
            };
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string UserId(int u) => $"bench-user-{u}";

    private static async Task<List<(Guid Case, Guid Step)>> OpenStepsAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/cases");
        request.Headers.Add("X-Dev-User", "manager@demo.local");
        using var response = await http.SendAsync(request);
        var cases = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var steps = new List<(Guid, Guid)>();
        foreach (var summary in cases.EnumerateArray())
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{summary.GetProperty("id").GetGuid()}");
            get.Headers.Add("X-Dev-User", "manager@demo.local");
            using var one = await http.SendAsync(get);
            var view = await one.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
            steps.AddRange(view.GetProperty("steps").EnumerateArray()
                .Where(s => s.GetProperty("status").GetString() == "Open")
                .Select(s => (view.GetProperty("id").GetGuid(), s.GetProperty("id").GetGuid())));
        }

        return steps.Count > 0 ? steps : throw new InvalidOperationException("the demo data has no open step");
    }

    private static Task RunUsersAsync(HttpClient http, Uri serviceUrl, List<(Guid Case, Guid Step)> steps, int users, int requests,
        ConcurrentBag<double> latencies, ConcurrentBag<int> failures) =>
        Task.WhenAll(Enumerable.Range(0, users).Select(u => Task.Run(async () =>
        {
            for (var r = 0; r < requests; r++)
            {
                var (caseId, stepId) = steps[(u + r) % steps.Count];
                var activity = InvokeActivity.Create(UserId(u), serviceUrl, r % 2 == 0 ? "step.show" : "step.refresh", caseId, stepId);
                var watch = Stopwatch.StartNew();
                using var response = await http.PostAsJsonAsync("/api/messages", activity);
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    failures.Add((int)response.StatusCode);
                }
            }
        })));

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
