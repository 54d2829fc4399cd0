using System.Globalization;
using TeamsCert.Domain;
using TeamsCert.Domain.Calendar;

namespace TeamsCert.UnitTests.Calendar;

public class AddMonthsTests
{
    [Theory]
    [InlineData("2025-01-31", 1, "2025-02-28")]
    [InlineData("2024-01-31", 1, "2024-02-29")]
    [InlineData("2025-03-10", 12, "2026-03-10")]
    [InlineData("2025-03-31", 6, "2025-09-30")]
    [InlineData("2024-02-29", 12, "2025-02-28")]
    [InlineData("2025-05-31", -3, "2025-02-28")]
    [InlineData("2025-08-15", 0, "2025-08-15")]
    public void AddMonths_A02_CalendarMonthsClampedToMonthEnd(string from, int months, string expected)
    {
        var answer = WorkingDayCalendar.AddMonths(DateOnly.Parse(from, CultureInfo.InvariantCulture), months);

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), answer.Value);
    }

    [Fact]
    public void AddMonths_A02_IntoYearWithoutOfficialData_IsNeverProvisional()
    {
        var answer = WorkingDayCalendar.AddMonths(new DateOnly(2026, 12, 15), 1);

        Assert.Equal(new DateOnly(2027, 1, 15), answer.Value);
        Assert.False(answer.Provisional);
        Assert.Empty(answer.ProvisionalYears);
    }

    [Theory]
    [InlineData(1201)]
    [InlineData(-1201)]
    public void AddMonths_A02_TooManyMonths_ThrowsInvalidInput(int months)
    {
        var ex = Assert.Throws<InvalidInputException>(() => WorkingDayCalendar.AddMonths(new DateOnly(2025, 1, 1), months));

        Assert.Equal("months", ex.Field);
        Assert.Contains("A-02", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMonths_A02_PastLastSupportedDate_ThrowsInvalidInput()
    {
        var ex = Assert.Throws<InvalidInputException>(() => WorkingDayCalendar.AddMonths(new DateOnly(9999, 6, 1), 12));

        Assert.Equal("months", ex.Field);
    }
}
