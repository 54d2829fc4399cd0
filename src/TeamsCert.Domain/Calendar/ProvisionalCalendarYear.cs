using System.Globalization;

namespace TeamsCert.Domain.Calendar;

/// <summary>
/// Rule A-41: a year with no official holiday notice is built from the statutory holidays of
/// 全国年节及纪念日放假办法 as amended in 2024, with weekends off and no make-up workdays.
/// </summary>
public static class ProvisionalCalendarYear
{
    /// <summary>The <see cref="CalendarYear.Source"/> of every provisional year.</summary>
    public const string SourceName = "A-41 provisional";

    /// <summary>First year the lunisolar calendar of .NET (and so this rule) supports.</summary>
    public const int MinYear = 1901;

    /// <summary>Last year the lunisolar calendar of .NET (and so this rule) supports.</summary>
    public const int MaxYear = 2100;

    private static readonly ChineseLunisolarCalendar _lunar = new();

    /// <summary>Builds the provisional calendar of <paramref name="year"/> (A-41).</summary>
    /// <exception cref="InvalidInputException">The year is outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public static CalendarYear Build(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new InvalidInputException(
                "year",
                $"A-41: no provisional holiday calendar can be computed for {year}; supported years are {MinYear}–{MaxYear}.");
        }

        var holidays = new Dictionary<DateOnly, string>();
        Add(holidays, new DateOnly(year, 1, 1), "元旦");

        // 春节 runs from 除夕 (the eve of 正月初一) to 正月初三.
        var newYear = LunarDate(year, 1, 1);
        for (var offset = -1; offset <= 2; offset++)
        {
            Add(holidays, newYear.AddDays(offset), "春节");
        }

        Add(holidays, SolarTerms.Qingming(year), "清明");
        Add(holidays, new DateOnly(year, 5, 1), "劳动节");
        Add(holidays, new DateOnly(year, 5, 2), "劳动节");
        Add(holidays, LunarDate(year, 5, 5), "端午");
        Add(holidays, LunarDate(year, 8, 15), "中秋");
        for (var day = 1; day <= 3; day++)
        {
            Add(holidays, new DateOnly(year, 10, day), "国庆节");
        }

        return new CalendarYear(year, holidays, new Dictionary<DateOnly, string>(), Provisional: true, SourceName);
    }

    // 中秋 can fall on 国庆 (e.g. 2020-10-01); keep both names rather than lose one.
    private static void Add(Dictionary<DateOnly, string> holidays, DateOnly date, string name) =>
        holidays[date] = holidays.TryGetValue(date, out var existing) ? $"{existing}、{name}" : name;

    private static DateOnly LunarDate(int lunarYear, int month, int day)
    {
        // In a leap year the leap month takes an index of its own: GetLeapMonth returns that index, so every
        // ordinary month from it onwards sits one index later (闰四月 → 5, which pushes 五月 to 6).
        var leapIndex = _lunar.GetLeapMonth(lunarYear);
        var index = leapIndex != 0 && month >= leapIndex ? month + 1 : month;
        return DateOnly.FromDateTime(_lunar.ToDateTime(lunarYear, index, day, 0, 0, 0, 0));
    }
}
