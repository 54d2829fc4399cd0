namespace TeamsCert.Domain.Calendar;

/// <summary>
/// Deadlines in TeamsCert are dates in Asia/Shanghai; this turns the clock into such dates and a due date into
/// the instant it lapses.
/// </summary>
public static class ShanghaiTime
{
    /// <summary>The Asia/Shanghai time zone (China Standard Time, UTC+8).</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>Today's date in Asia/Shanghai according to <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
    }

    /// <summary>The due instant of a due date: 23:59:59.999 on that date in Asia/Shanghai.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date)
    {
        var local = date.ToDateTime(new TimeOnly(23, 59, 59, 999));
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // Hosts without tz data (slim containers): China has kept a fixed UTC+8 without DST since 1991,
            // so a fixed zone gives the same answers for every date the product handles.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
