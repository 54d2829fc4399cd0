using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TeamsCert.BrowserTests.Playground;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Benchmarks;

/// <summary>
/// The public register under load: the web app runs as a real process (SQLite with the demo cases plus
/// <c>certificates</c> synthetic register rows), and <c>users</c> anonymous clients at once each make <c>requests</c>
/// lookups, cycling through a number (<c>/api/register/{number}</c>), a name search (<c>/api/register?q=</c>, a LIKE over
/// every row) and the HTML certificate page with its QR code (<c>/register/{number}</c>). The rate limit is lifted.
/// </summary>
internal static class RegisterLookupBenchmark
{
    private static readonly string[] _kinds = ["number", "search", "page"];

    public static async Task<object> RunAsync(int certificates, int users, int requestsPerUser)
    {
        var folder = Directory.CreateTempSubdirectory("teamscert-bench-register-").FullName;
        try
        {
            await DemoData.SeedAsync(folder);
            await AddCertificatesAsync(folder, certificates);
            var settings = new Dictionary<string, string> { ["Logging:LogLevel:Default"] = "Warning", ["Register:RequestsPerMinute"] = "100000000" };
            await using var app = await TeamsCertWebApp.StartAsync(folder, settings, Path.Combine(folder, "app.log"));
            using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            var latencies = _kinds.ToDictionary(k => k, _ => new ConcurrentBag<double>());
            var failures = new ConcurrentBag<int>();
            await RunAsync(http, certificates, users, 2, _kinds.ToDictionary(k => k, _ => new ConcurrentBag<double>()), new ConcurrentBag<int>());
            var total = Stopwatch.StartNew();
            await RunAsync(http, certificates, users, requestsPerUser, latencies, failures);
            total.Stop();
            var requests = latencies.Values.Sum(l => l.Count);
            return new
            {
                benchmark = "register-lookup",
                certificates,
                users,
                requestsPerUser,
                requests,
                failed = failures.Count,
                seconds = Math.Round(total.Elapsed.TotalSeconds, 2),
                requestsPerSecond = Math.Round(requests / total.Elapsed.TotalSeconds, 1),
                latencyMs = latencies.ToDictionary(l => l.Key, l => Summary([.. l.Value.Order()])),
            };
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static object Summary(double[] sorted) => new
    {
        p50 = Math.Round(Percentile(sorted, 0.50), 1),
        p95 = Math.Round(Percentile(sorted, 0.95), 1),
        p99 = Math.Round(Percentile(sorted, 0.99), 1),
        max = Math.Round(sorted[^1], 1),
    };

    private static string Number(int i) => string.Create(CultureInfo.InvariantCulture, $"TEL-2025-B{i:D6}");

    private static Task RunAsync(HttpClient http, int certificates, int users, int requests, Dictionary<string, ConcurrentBag<double>> latencies,
        ConcurrentBag<int> failures) =>
        Task.WhenAll(Enumerable.Range(0, users).Select(u => Task.Run(async () =>
        {
            for (var r = 0; r < requests; r++)
            {
                var i = (u * 7919 + r * 104729) % certificates;
                var kind = _kinds[(u + r) % _kinds.Length];
                var path = kind switch
                {
                    "number" => $"/api/register/{Number(i)}",
                    "search" => $"/api/register?q={Uri.EscapeDataString(string.Create(CultureInfo.InvariantCulture, $"基准组织{i}号"))}",
                    _ => $"/register/{Number(i)}",
                };
                var watch = Stopwatch.StartNew();
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
                await response.Content.ReadAsByteArrayAsync();
                latencies[kind].Add(watch.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    failures.Add((int)response.StatusCode);
                }
            }
        })));

    /// <summary>Synthetic register rows, all pointing at one demo case that is never saved again (refused), so no save rebuilds them.</summary>
    private static async Task AddCertificatesAsync(string folder, int count)
    {
        var builder = new DbContextOptionsBuilder<TeamsCertDbContext>();
        TeamsCertDatabase.Configure(builder, new DatabaseOptions { Provider = "Sqlite", ConnectionString = DemoData.ConnectionString(folder) });
        await using var db = new TeamsCertDbContext(builder.Options);
        var caseId = await db.Cases.Where(c => c.Stage == "Refused").Select(c => c.Id).FirstAsync();
        var history = """[{"date":"2025-06-01","from":"valid","to":"suspended","reason":"监督审核逾期"},{"date":"2025-07-01","from":"suspended","to":"valid","reason":"恢复"}]""";
        for (var i = 0; i < count; i++)
        {
            var organization = string.Create(CultureInfo.InvariantCulture, $"基准组织{i}号有限公司");
            db.Register.Add(new RegisterRow
            {
                Number = Number(i),
                DisplayNumber = Number(i),
                CaseId = caseId,
                Scheme = "TEL",
                SchemeName = "电信服务认证",
                Standard = "YD/T 2823",
                Organization = organization,
                OrganizationSearch = organization.ToLowerInvariant(),
                Scope = "呼叫中心客户服务",
                Grade = "四星级",
                IssuedOn = new DateOnly(2025, 5, 1),
                ExpiresOn = new DateOnly(2028, 4, 30),
                Status = "valid",
                HistoryJson = history,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            if (i % 5000 == 4999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
