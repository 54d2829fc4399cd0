using TeamsCert.Domain.Calendar;
using TeamsCert.Infrastructure.Calendar;

namespace TeamsCert.UnitTests.Calendar;

/// <summary>The built-in official calendar, loaded once through the real loader (it is copied to the test output).</summary>
internal static class OfficialCalendar
{
    private static readonly Lazy<WorkingDayCalendar> _loaded = new(() => CalendarDataLoader.LoadDefault());

    public static WorkingDayCalendar Instance => _loaded.Value;
}
