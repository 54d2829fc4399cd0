using TeamsCert.Infrastructure.Calendar;

namespace TeamsCert.Infrastructure.Rules;

/// <summary>Loads and validates all rule data: the official calendar and the scheme rule sets.</summary>
public static class RulesLoader
{
    public static RulesRuntime Load(RulesOptions options)
    {
        var calendar = CalendarDataLoader.Load(
            Path.Combine(options.BuiltInPath, "calendars", "cn-official-calendar.json"), options.CalendarsPath);
        var schemes = SchemeRuleSetLoader.LoadCatalog(Path.Combine(options.BuiltInPath, "schemes"), options.SchemesPath);
        return new RulesRuntime(calendar, schemes);
    }
}
