namespace TeamsCert.Domain.Calendar;

/// <summary>
/// One year of the PRC working-day calendar: the days off (<see cref="Holidays"/>) and the weekend days that are
/// worked (<see cref="MakeupWorkdays"/>, 调休上班), each mapped to the holiday it belongs to.
/// </summary>
/// <param name="Year">The Gregorian year every date in this record belongs to.</param>
/// <param name="Holidays">Days off, keyed by date, valued by holiday name (e.g. 春节).</param>
/// <param name="MakeupWorkdays">Weekend days that are working days, valued by the holiday they make up for.</param>
/// <param name="Provisional">True when built from the statutory rules rather than an official notice.</param>
/// <param name="Source">Where the year came from, e.g. a data file name or <c>A-41 provisional</c>.</param>
public sealed record CalendarYear(
    int Year,
    IReadOnlyDictionary<DateOnly, string> Holidays,
    IReadOnlyDictionary<DateOnly, string> MakeupWorkdays,
    bool Provisional,
    string Source);
