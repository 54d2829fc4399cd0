namespace TeamsCert.Infrastructure.Demo;

/// <summary>A clock the demo seeder moves to past instants, so seeded cases carry realistic dates and some are overdue.</summary>
internal sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
