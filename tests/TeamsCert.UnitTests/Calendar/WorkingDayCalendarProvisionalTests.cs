using TeamsCert.Domain;
using TeamsCert.Domain.Calendar;

namespace TeamsCert.UnitTests.Calendar;

public class WorkingDayCalendarProvisionalTests
{
    private static readonly WorkingDayCalendar _calendar = OfficialCalendar.Instance;

    [Fact]
    public void OfficialYears_BuiltInData_Are2015To2026()
    {
        Assert.Equal(Enumerable.Range(2015, 12), _calendar.OfficialYears);
        Assert.False(_calendar.IsProvisional(2026));
        Assert.True(_calendar.IsProvisional(2027));
    }

    [Fact]
    public void AddWorkingDays_A41_From20261220Into2027_IsProvisionalFor2027()
    {
        // Dec 21–25 and 28–31 give 9; 2027-01-01 is a provisional 元旦; Mon 2027-01-04 is the 10th.
        var answer = _calendar.AddWorkingDays(new DateOnly(2026, 12, 20), 10);

        Assert.Equal(new DateOnly(2027, 1, 4), answer.Value);
        Assert.True(answer.Provisional);
        Assert.Equal([2027], answer.ProvisionalYears);
    }

    [Fact]
    public void AddWorkingDays_A41_EndingOnLastDayOf2026_IsNotProvisional()
    {
        var answer = _calendar.AddWorkingDays(new DateOnly(2026, 12, 30), 1);

        Assert.Equal(new DateOnly(2026, 12, 31), answer.Value);
        Assert.False(answer.Provisional);
    }

    [Fact]
    public void AddWorkingDays_A41_Inside2025_IsNotProvisional()
    {
        var answer = _calendar.AddWorkingDays(new DateOnly(2025, 3, 3), 40);

        Assert.False(answer.Provisional);
        Assert.Empty(answer.ProvisionalYears);
    }

    [Fact]
    public void CountWorkingDays_A41_SpanningSeveralProvisionalYears_ListsThemAscending()
    {
        var answer = _calendar.CountWorkingDays(new DateOnly(2026, 6, 1), new DateOnly(2029, 1, 10));

        Assert.True(answer.Provisional);
        Assert.Equal([2027, 2028, 2029], answer.ProvisionalYears);
        Assert.True(answer.Value > 600);
    }

    [Fact]
    public void IsWorkingDay_A41_ProvisionalSpringFestival2027_IsOffNotWeekendOnly()
    {
        // Fri 2027-02-05 (除夕) and Mon 2027-02-08 (正月初三) are weekdays: off only because A-41 applies.
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2027, 2, 5)));
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2027, 2, 8)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2027, 2, 9)));
    }

    [Fact]
    public void GetYear_A41_YearWithoutData_IsBuiltProvisionally()
    {
        var year = _calendar.GetYear(2028);

        Assert.True(year.Provisional);
        Assert.Equal(ProvisionalCalendarYear.SourceName, year.Source);
        Assert.Contains(new DateOnly(2028, 10, 1), year.Holidays.Keys);
    }

    [Fact]
    public void AddWorkingDays_A41_BeyondLastComputableYear_ThrowsInvalidInput()
    {
        var ex = Assert.Throws<InvalidInputException>(() => _calendar.AddWorkingDays(new DateOnly(2100, 12, 20), 30));

        Assert.Equal("year", ex.Field);
        Assert.Contains("A-41", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SameYearTwice_ThrowsInvalidInput()
    {
        var year = ProvisionalCalendarYear.Build(2030);

        var ex = Assert.Throws<InvalidInputException>(() => new WorkingDayCalendar([year, year]));

        Assert.Contains("2030", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DateOfAnotherYear_ThrowsInvalidInput()
    {
        var holidays = new Dictionary<DateOnly, string> { [new DateOnly(2031, 1, 1)] = "元旦" };
        var year = new CalendarYear(2030, holidays, new Dictionary<DateOnly, string>(), false, "test");

        var ex = Assert.Throws<InvalidInputException>(() => new WorkingDayCalendar([year]));

        Assert.Contains("2031-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsProvisional_SuppliedOfficialYear_IsFalseAndListed()
    {
        var official = new CalendarYear(2030, new Dictionary<DateOnly, string>(), new Dictionary<DateOnly, string>(), false, "test");

        var calendar = new WorkingDayCalendar([official]);

        Assert.Equal([2030], calendar.OfficialYears);
        Assert.False(calendar.IsProvisional(2030));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2030, 1, 1)));
    }
}
