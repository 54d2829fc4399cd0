using System.Globalization;
using System.Text.Json;
using TeamsCert.Benchmarks;

// Usage: dotnet run -c Release --project tests/TeamsCert.Benchmarks -- actions [Sqlite|Postgres] [actors] [cases]
//        dotnet run -c Release --project tests/TeamsCert.Benchmarks -- timers [Sqlite|Postgres] [pendingTimers] [dueCases]
//        dotnet run -c Release --project tests/TeamsCert.Benchmarks -- invoke-latency [users] [requestsPerUser]
//        dotnet run -c Release --project tests/TeamsCert.Benchmarks -- register-lookup [certificates] [users] [requestsPerUser]
//        dotnet run -c Release --project tests/TeamsCert.Benchmarks -- contention [Sqlite|Postgres] [writers] [rounds]
var kind = args.ElementAtOrDefault(0) ?? "actions";
var provider = args.ElementAtOrDefault(1) ?? "Sqlite";
int Arg(int index, int fallback) => int.Parse(args.ElementAtOrDefault(index) ?? fallback.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
object result = kind switch
{
    "invoke-latency" => await InvokeLatencyBenchmark.RunAsync(Arg(1, 100), Arg(2, 50)),
    "register-lookup" => await RegisterLookupBenchmark.RunAsync(Arg(1, 20_000), Arg(2, 50), Arg(3, 60)),
    "actions" => await StepActionBenchmark.RunAsync(provider, int.Parse(args.ElementAtOrDefault(2) ?? "50", CultureInfo.InvariantCulture), int.Parse(args.ElementAtOrDefault(3) ?? "2000", CultureInfo.InvariantCulture)),
    "contention" => await SameCaseContentionBenchmark.RunAsync(provider, Arg(2, 8), Arg(3, 50)),
    "timers" => await TimerPollerBenchmark.RunAsync(provider, int.Parse(args.ElementAtOrDefault(2) ?? "100000", CultureInfo.InvariantCulture), int.Parse(args.ElementAtOrDefault(3) ?? "1000", CultureInfo.InvariantCulture)),
    _ => throw new ArgumentException($"unknown benchmark {kind}; use actions, contention, timers, invoke-latency or register-lookup"),
};
Console.WriteLine(JsonSerializer.Serialize(result));
