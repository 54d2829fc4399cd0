namespace TeamsCert.Infrastructure.Calendar;

/// <summary>One problem in a calendar data file, located by file and JSON path (e.g. <c>$.years.2027.holidays.2027-13-01</c>).</summary>
public sealed record CalendarDataError(string File, string JsonPath, string Message)
{
    public override string ToString() => $"{File}: {JsonPath}: {Message}";
}
