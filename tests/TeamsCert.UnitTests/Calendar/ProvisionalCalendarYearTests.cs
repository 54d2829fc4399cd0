using TeamsCert.Domain;
using TeamsCert.Domain.Calendar;

namespace TeamsCert.UnitTests.Calendar;

public class ProvisionalCalendarYearTests
{
    // 清明 day-of-April for 2000..2100 from a reference ephemeris (寿星 algorithm); one digit per year, by decade.
    private const string QingmingDays =
        "4555455544" + "5544554455" + "4455445544" + "5544554455" + "4445444544" + "4544454445" + "4445444544"
        + "4544444444" + "4444444444" + "4444444444" + "5";

    public static TheoryData<int> OfficialYearsAfterAmendment => new() { 2025, 2026 };

    public static TheoryData<int> OfficialYearsBeforeAmendment =>
        [.. Enumerable.Range(2015, 10)];

    [Theory]
    [MemberData(nameof(OfficialYearsAfterAmendment))]
    public void Build_A41_YearUnder2024Amendment_EveryHolidayIsAnOfficialHoliday(int year)
    {
        var official = OfficialCalendar.Instance.GetYear(year);

        foreach (var date in ProvisionalCalendarYear.Build(year).Holidays.Keys)
        {
            Assert.True(official.Holidays.ContainsKey(date), $"provisional {date:yyyy-MM-dd} is not an official {year} holiday");
        }
    }

    [Theory]
    [MemberData(nameof(OfficialYearsBeforeAmendment))]
    public void Build_A41_YearBefore2024Amendment_EveryHolidayButTheAddedDaysIsAnOfficialHoliday(int year)
    {
        // The 2024 amendment added 除夕 and May 2; before 2025 those could be working days (e.g. 2024-02-09).
        var provisional = ProvisionalCalendarYear.Build(year);
        var eve = provisional.Holidays.Where(h => h.Value == "春节").Min(h => h.Key);
        var official = OfficialCalendar.Instance.GetYear(year);

        foreach (var date in provisional.Holidays.Keys.Where(d => d != eve && d != new DateOnly(year, 5, 2)))
        {
            Assert.True(official.Holidays.ContainsKey(date), $"provisional {date:yyyy-MM-dd} is not an official {year} holiday");
        }
    }

    [Fact]
    public void Build_A41_2027_SpringFestivalRunsFromEveFeb5ToFeb8()
    {
        var springFestival = ProvisionalCalendarYear.Build(2027).Holidays
            .Where(h => h.Value == "春节").Select(h => h.Key).Order();

        DateOnly[] expected = [new(2027, 2, 5), new(2027, 2, 6), new(2027, 2, 7), new(2027, 2, 8)];
        Assert.Equal(expected, springFestival);
    }

    [Fact]
    public void Build_A41_2027_HasThirteenStatutoryDaysNoMakeupAndIsProvisional()
    {
        var year = ProvisionalCalendarYear.Build(2027);

        Assert.Equal(13, year.Holidays.Count);
        Assert.Empty(year.MakeupWorkdays);
        Assert.True(year.Provisional);
        Assert.Equal("A-41 provisional", year.Source);
        Assert.Equal("清明", year.Holidays[new DateOnly(2027, 4, 5)]);
        Assert.Equal("端午", year.Holidays[new DateOnly(2027, 6, 9)]);
        Assert.Equal("中秋", year.Holidays[new DateOnly(2027, 9, 15)]);
        Assert.Equal("劳动节", year.Holidays[new DateOnly(2027, 5, 2)]);
    }

    [Fact]
    public void Build_A41_LeapFourthMonth2020_DuanwuFallsOnJune25()
    {
        // 2020 has 闰四月 before 五月, so the fifth lunar month is the sixth month of the lunar year.
        Assert.Equal("端午", ProvisionalCalendarYear.Build(2020).Holidays[new DateOnly(2020, 6, 25)]);
    }

    [Fact]
    public void Build_A41_LeapSixthMonth2025_ZhongqiuFallsOnOctober6()
    {
        Assert.Equal("中秋", ProvisionalCalendarYear.Build(2025).Holidays[new DateOnly(2025, 10, 6)]);
    }

    [Fact]
    public void Build_A41_ZhongqiuOnNationalDay2020_KeepsBothNames()
    {
        var name = ProvisionalCalendarYear.Build(2020).Holidays[new DateOnly(2020, 10, 1)];

        Assert.Contains("中秋", name, StringComparison.Ordinal);
        Assert.Contains("国庆节", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_A41_Qingming2000To2100_MatchesReferenceSolarTermDates()
    {
        for (var year = 2000; year <= 2100; year++)
        {
            var expected = new DateOnly(year, 4, QingmingDays[year - 2000] - '0');

            var actual = ProvisionalCalendarYear.Build(year).Holidays.Single(h => h.Value == "清明").Key;

            Assert.True(expected == actual, $"清明 {year}: expected {expected:yyyy-MM-dd}, computed {actual:yyyy-MM-dd}");
        }
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2101)]
    public void Build_A41_YearOutsideLunarCalendarRange_ThrowsInvalidInput(int year)
    {
        var ex = Assert.Throws<InvalidInputException>(() => ProvisionalCalendarYear.Build(year));

        Assert.Equal("year", ex.Field);
    }
}
