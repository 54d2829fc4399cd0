using System.Collections.Concurrent;

namespace TeamsCert.Domain.Calendar;

/// <summary>
/// The PRC working-day calendar behind every "N working days" rule and month rule.
/// A working day is a Monday–Friday that is not a holiday, or a make-up workday. Years without official data
/// are built provisionally from the statutory holidays, and answers that touch them say so.
/// </summary>
public sealed class WorkingDayCalendar
{
    /// <summary>The largest |days| <see cref="AddWorkingDays"/> accepts (about 14 years).</summary>
    public const int MaxWorkingDays = 3650;

    /// <summary>The largest |months| <see cref="AddMonths"/> accepts.</summary>
    public const int MaxMonths = 1200;

    private readonly Dictionary<int, CalendarYear> _supplied;
    private readonly ConcurrentDictionary<int, CalendarYear> _provisional = new();

    /// <summary>Creates a calendar from the supplied years; any other year is built provisionally on demand .</summary>
    /// <exception cref="InvalidInputException">A year is supplied twice or holds a date of another year.</exception>
    public WorkingDayCalendar(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        _supplied = [];
        foreach (var year in years)
        {
            CheckDatesBelongTo(year);
            if (!_supplied.TryAdd(year.Year, year))
            {
                throw new InvalidInputException("years", $"Calendar year {year.Year} is supplied more than once.");
            }
        }

        OfficialYears = [.. _supplied.Values.Where(y => !y.Provisional).Select(y => y.Year).Order()];
    }

    /// <summary>The years backed by official data, ascending.</summary>
    public IReadOnlyList<int> OfficialYears { get; }

    /// <summary>True when <paramref name="year"/> has no official data and is answered from A-41.</summary>
    public bool IsProvisional(int year) => GetYear(year).Provisional;

    /// <summary>The data of one year: the official one when supplied, else the A-41 provisional one.</summary>
    public CalendarYear GetYear(int year) =>
        _supplied.TryGetValue(year, out var data) ? data : _provisional.GetOrAdd(year, ProvisionalCalendarYear.Build);

    /// <summary>True when <paramref name="date"/> is a working day.</summary>
    public bool IsWorkingDay(DateOnly date) => IsWorkingDay(date, examined: null);

    /// <summary>
    /// moves <paramref name="days"/> working days from the anchor <paramref name="from"/>; counting starts
    /// the day after the anchor. Forward (days &gt; 0) returns the days-th working day after the anchor.
    /// Backward (days &lt; 0) returns the latest working day r with exactly |days| working days in (r, from],
    /// i.e. the latest day from which adding |days| working days still reaches <paramref name="from"/>.
    /// Zero returns <paramref name="from"/> when it is a working day, else the next working day.
    /// </summary>
    /// <exception cref="InvalidInputException">|days| exceeds <see cref="MaxWorkingDays"/>.</exception>
    public CalendarAnswer<DateOnly> AddWorkingDays(DateOnly from, int days)
    {
        if (days is > MaxWorkingDays or < -MaxWorkingDays)
        {
            throw new InvalidInputException("days", $"A-01: at most {MaxWorkingDays} working days can be added or subtracted; got {days}.");
        }

        var examined = new SortedSet<int>();
        var date = days switch
        {
            > 0 => StepForward(from, days, examined),
            < 0 => StepBackward(from, -days, examined),
            _ => StepForward(from.AddDays(-1), 1, examined),
        };
        return Answer(date, examined);
    }

    /// <summary>
    /// the number of working days in (from, to] — the anchor excluded, the end included. When
    /// <paramref name="to"/> is before <paramref name="from"/> the result is minus the count in (to, from];
    /// equal dates give 0. For days ≠ 0, CountWorkingDays(from, AddWorkingDays(from, days)) == days.
    /// </summary>
    public CalendarAnswer<int> CountWorkingDays(DateOnly from, DateOnly to)
    {
        var examined = new SortedSet<int>();
        var (start, end, sign) = to >= from ? (from, to, 1) : (to, from, -1);
        var count = 0;
        for (var date = start.AddDays(1); date <= end; date = date.AddDays(1))
        {
            if (IsWorkingDay(date, examined))
            {
                count++;
            }
        }

        return Answer(sign * count, examined);
    }

    /// <summary>
    /// adds calendar months, clamping to the end of a shorter month (2025-01-31 + 1 → 2025-02-28).
    /// Not a holiday-data question, so the answer is never provisional.
    /// </summary>
    /// <exception cref="InvalidInputException">|months| exceeds <see cref="MaxMonths"/> or the result leaves the supported date range.</exception>
    public static CalendarAnswer<DateOnly> AddMonths(DateOnly from, int months)
    {
        if (months is > MaxMonths or < -MaxMonths)
        {
            throw new InvalidInputException("months", $"A-02: at most {MaxMonths} months can be added or subtracted; got {months}.");
        }

        try
        {
            // DateOnly.AddMonths already clamps to the last day of the target month, which is what A-02 asks.
            return new CalendarAnswer<DateOnly>(from.AddMonths(months), false, []);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new InvalidInputException("months", $"A-02: {from:yyyy-MM-dd} plus {months} months is outside the supported dates.");
        }
    }

    private DateOnly StepForward(DateOnly from, int days, SortedSet<int> examined)
    {
        var date = from;
        var found = 0;
        while (found < days)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date, examined))
            {
                found++;
            }
        }

        return date;
    }

    private DateOnly StepBackward(DateOnly from, int days, SortedSet<int> examined)
    {
        // found = working days in (date, from]; the answer is the first working day reached with found == days.
        var date = from;
        var found = 0;
        while (true)
        {
            if (IsWorkingDay(date, examined))
            {
                if (found == days)
                {
                    return date;
                }

                found++;
            }

            date = date.AddDays(-1);
        }
    }

    private bool IsWorkingDay(DateOnly date, SortedSet<int>? examined)
    {
        examined?.Add(date.Year);
        var year = GetYear(date.Year);
        if (year.MakeupWorkdays.ContainsKey(date))
        {
            return true;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !year.Holidays.ContainsKey(date);
    }

    private CalendarAnswer<T> Answer<T>(T value, SortedSet<int> examined)
    {
        int[] provisional = [.. examined.Where(IsProvisional)];
        return new CalendarAnswer<T>(value, provisional.Length > 0, provisional);
    }

    private static void CheckDatesBelongTo(CalendarYear year)
    {
        foreach (var date in year.Holidays.Keys.Concat(year.MakeupWorkdays.Keys).Where(d => d.Year != year.Year))
        {
            throw new InvalidInputException("years", $"Calendar year {year.Year} contains {date:yyyy-MM-dd}, a date of another year.");
        }
    }
}
