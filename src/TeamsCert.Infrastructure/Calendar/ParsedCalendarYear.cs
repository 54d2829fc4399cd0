using TeamsCert.Domain.Calendar;

namespace TeamsCert.Infrastructure.Calendar;

/// <summary>A year read from a calendar file, with the JSON path it came from (for duplicate-year errors).</summary>
internal sealed record ParsedCalendarYear(CalendarYear Year, string JsonPath);
