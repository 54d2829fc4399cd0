using System.Globalization;
using TeamsCert.Domain;
using TeamsCert.Domain.Calendar;

namespace TeamsCert.UnitTests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar _calendar = OfficialCalendar.Instance;

    [Fact]
    public void AddWorkingDays_A01Vector_20250930Plus5_Returns20251014NotProvisional()
    {
        var answer = _calendar.AddWorkingDays(new DateOnly(2025, 9, 30), 5);

        Assert.Equal(new DateOnly(2025, 10, 14), answer.Value);
        Assert.False(answer.Provisional);
        Assert.Empty(answer.ProvisionalYears);
    }

    [Fact]
    public void AddWorkingDays_A01_OneDayFromOrdinaryMonday_ReturnsTuesdayBecauseAnchorIsNotCounted()
    {
        Assert.Equal(new DateOnly(2025, 6, 10), _calendar.AddWorkingDays(new DateOnly(2025, 6, 9), 1).Value);
    }

    [Fact]
    public void IsWorkingDay_A01_OfficialSpringFestival2026_FebruaryFifteenthToTwentyThirdOffWithSaturdayMakeups()
    {
        for (var date = new DateOnly(2026, 2, 15); date <= new DateOnly(2026, 2, 23); date = date.AddDays(1))
        {
            Assert.False(_calendar.IsWorkingDay(date), $"{date:yyyy-MM-dd} is an official 2026 春节 holiday");
        }

        Assert.True(_calendar.IsWorkingDay(new DateOnly(2026, 2, 14)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2026, 2, 28)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2026, 2, 24)));
    }

    [Fact]
    public void AddWorkingDays_A01_CrossingSpringFestival2026_SkipsNineDaysOff()
    {
        // Fri 02-13 → Sat 02-14 (make-up) is the 1st, 02-15..02-23 are off, Tue 02-24 is the 2nd.
        var answer = _calendar.AddWorkingDays(new DateOnly(2026, 2, 13), 2);

        Assert.Equal(new DateOnly(2026, 2, 24), answer.Value);
        Assert.False(answer.Provisional);
    }

    [Fact]
    public void IsWorkingDay_A01_MakeupSaturday20251011_IsWorkingDay()
    {
        Assert.Equal(DayOfWeek.Saturday, new DateOnly(2025, 10, 11).DayOfWeek);
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2025, 10, 11)));
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2025, 10, 18)));
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2025, 10, 8)));
    }

    [Fact]
    public void AddWorkingDays_A01_MakeupSaturday_CountsAsWorkingDay()
    {
        Assert.Equal(new DateOnly(2025, 10, 11), _calendar.AddWorkingDays(new DateOnly(2025, 10, 10), 1).Value);
    }

    [Fact]
    public void AddWorkingDays_A01_BackwardFromVectorDueDate_ReturnsAnchor()
    {
        Assert.Equal(new DateOnly(2025, 9, 30), _calendar.AddWorkingDays(new DateOnly(2025, 10, 14), -5).Value);
    }

    [Fact]
    public void AddWorkingDays_A01_PlanThreeWorkingDaysBeforeOnSiteAfterSpringFestival_ReturnsFriday0213()
    {
        var onSite = new DateOnly(2026, 2, 25);

        var latest = _calendar.AddWorkingDays(onSite, -3).Value;

        Assert.Equal(new DateOnly(2026, 2, 13), latest);
        Assert.Equal(onSite, _calendar.AddWorkingDays(latest, 3).Value);
    }

    [Fact]
    public void AddWorkingDays_A01_BackwardFromSaturday_ReturnsLatestWorkingDayStillInTime()
    {
        var saturday = new DateOnly(2025, 6, 14);

        var latest = _calendar.AddWorkingDays(saturday, -3).Value;

        Assert.Equal(new DateOnly(2025, 6, 10), latest);
        Assert.True(_calendar.AddWorkingDays(latest, 3).Value <= saturday);
        Assert.True(_calendar.AddWorkingDays(latest.AddDays(1), 3).Value > saturday);
    }

    [Fact]
    public void AddWorkingDays_A01_ZeroOnWorkingDay_ReturnsSameDay()
    {
        Assert.Equal(new DateOnly(2025, 9, 30), _calendar.AddWorkingDays(new DateOnly(2025, 9, 30), 0).Value);
    }

    [Fact]
    public void AddWorkingDays_A01_ZeroOnNationalDayHoliday_ReturnsNextWorkingDay()
    {
        Assert.Equal(new DateOnly(2025, 10, 9), _calendar.AddWorkingDays(new DateOnly(2025, 10, 1), 0).Value);
    }

    [Theory]
    [InlineData(3651)]
    [InlineData(-3651)]
    public void AddWorkingDays_A01_MoreThan3650Days_ThrowsInvalidInput(int days)
    {
        var ex = Assert.Throws<InvalidInputException>(() => _calendar.AddWorkingDays(new DateOnly(2025, 1, 1), days));

        Assert.Equal("days", ex.Field);
    }

    [Fact]
    public void AddWorkingDays_A01_Exactly3650Days_IsAcceptedAndProvisional()
    {
        var answer = _calendar.AddWorkingDays(new DateOnly(2025, 1, 1), 3650);

        Assert.Equal(3650, _calendar.CountWorkingDays(new DateOnly(2025, 1, 1), answer.Value).Value);
        Assert.True(answer.Provisional);
    }

    [Theory]
    [InlineData("2025-09-30", 5)]
    [InlineData("2025-09-30", 1)]
    [InlineData("2026-02-13", 7)]
    [InlineData("2025-10-04", 3)]
    [InlineData("2015-01-01", 600)]
    [InlineData("2026-02-25", -3)]
    [InlineData("2025-10-14", -5)]
    [InlineData("2025-06-14", -3)]
    [InlineData("2026-12-20", 30)]
    [InlineData("2027-01-15", -40)]
    public void CountWorkingDays_A01_AfterAddWorkingDays_RoundTripsToSameCount(string from, int days)
    {
        var anchor = DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var result = _calendar.AddWorkingDays(anchor, days).Value;

        Assert.Equal(days, _calendar.CountWorkingDays(anchor, result).Value);
    }

    [Fact]
    public void CountWorkingDays_A01_VectorInterval_ExcludesAnchorIncludesEnd()
    {
        Assert.Equal(5, _calendar.CountWorkingDays(new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 14)).Value);
        Assert.Equal(4, _calendar.CountWorkingDays(new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 13)).Value);
    }

    [Fact]
    public void CountWorkingDays_A01_ToBeforeFrom_IsNegatedCount()
    {
        Assert.Equal(-5, _calendar.CountWorkingDays(new DateOnly(2025, 10, 14), new DateOnly(2025, 9, 30)).Value);
    }

    [Fact]
    public void CountWorkingDays_A01_SameDay_IsZero()
    {
        Assert.Equal(0, _calendar.CountWorkingDays(new DateOnly(2025, 9, 30), new DateOnly(2025, 9, 30)).Value);
    }

    [Fact]
    public void CountWorkingDays_A01_NationalDayWeek2025_IsZero()
    {
        Assert.Equal(0, _calendar.CountWorkingDays(new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 8)).Value);
    }
}
