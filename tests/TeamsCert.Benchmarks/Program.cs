using System.Globalization;
using System.Text.Json;
using TeamsCert.Benchmarks;

// Usage: dotnet run -c Release --project tests/TeamsCert.Benchmarks -- actions [Sqlite|Postgres] [actors] [cases]
//        dotnet run -c Release --project tests/TeamsCert.Benchmarks -- timers [Sqlite|Postgres] [pendingTimers] [dueCases]
var kind = args.ElementAtOrDefault(0) ?? "actions";
var provider = args.ElementAtOrDefault(1) ?? "Sqlite";
object result = kind switch
{
    "actions" => await StepActionBenchmark.RunAsync(provider, int.Parse(args.ElementAtOrDefault(2) ?? "50", CultureInfo.InvariantCulture), int.Parse(args.ElementAtOrDefault(3) ?? "2000", CultureInfo.InvariantCulture)),
    "timers" => await TimerPollerBenchmark.RunAsync(provider, int.Parse(args.ElementAtOrDefault(2) ?? "100000", CultureInfo.InvariantCulture), int.Parse(args.ElementAtOrDefault(3) ?? "1000", CultureInfo.InvariantCulture)),
    _ => throw new ArgumentException($"unknown benchmark {kind}; use actions or timers"),
};
Console.WriteLine(JsonSerializer.Serialize(result));
