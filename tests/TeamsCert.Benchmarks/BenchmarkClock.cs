namespace TeamsCert.Benchmarks;

/// <summary>A clock the benchmark sets, so timers become due exactly when the benchmark says.</summary>
internal sealed class BenchmarkClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
