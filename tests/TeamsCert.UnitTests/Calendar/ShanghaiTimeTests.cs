using TeamsCert.Domain.Calendar;

namespace TeamsCert.UnitTests.Calendar;

public class ShanghaiTimeTests
{
    [Fact]
    public void Today_UtcAfternoonPast1600_IsNextShanghaiDate()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2025, 9, 30, 16, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2025, 10, 1), ShanghaiTime.Today(clock));
    }

    [Fact]
    public void Today_UtcJustBefore1600_IsSameShanghaiDate()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2025, 9, 30, 15, 59, 59, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2025, 9, 30), ShanghaiTime.Today(clock));
    }

    [Fact]
    public void EndOfDay_DueDate_IsLastMillisecondAtPlus8()
    {
        var due = ShanghaiTime.EndOfDay(new DateOnly(2025, 10, 14));

        Assert.Equal(TimeSpan.FromHours(8), due.Offset);
        Assert.Equal(new DateTime(2025, 10, 14, 23, 59, 59, 999), due.DateTime);
        Assert.Equal(new DateTimeOffset(2025, 10, 14, 15, 59, 59, 999, TimeSpan.Zero), due.ToUniversalTime());
    }

    [Fact]
    public void Zone_Default_IsUtcPlus8WithoutDaylightSaving()
    {
        Assert.Equal(TimeSpan.FromHours(8), ShanghaiTime.Zone.GetUtcOffset(new DateTime(2025, 7, 1, 12, 0, 0)));
        Assert.Equal(TimeSpan.FromHours(8), ShanghaiTime.Zone.GetUtcOffset(new DateTime(2025, 1, 1, 12, 0, 0)));
    }
}
