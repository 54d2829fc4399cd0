using TeamsCert.Domain.Calendar;

namespace TeamsCert.Infrastructure.Calendar;

/// <summary>
/// Builds the <see cref="WorkingDayCalendar"/> from the built-in official calendar file and an optional operator
/// directory of extra <c>*.json</c> files, so a new year's State Council notice is added as data without a rebuild.
/// A year in an operator file replaces the built-in year; years in no file are provisional.
/// </summary>
public static class CalendarDataLoader
{
    /// <summary>The built-in calendar file, copied beside the running assembly.</summary>
    public static string BuiltInFilePath =>
        Path.Combine(AppContext.BaseDirectory, "RulesData", "calendars", "cn-official-calendar.json");

    /// <summary>Loads <see cref="BuiltInFilePath"/> and then the operator directory, if any.</summary>
    /// <exception cref="CalendarDataException">Any file is missing, unreadable or invalid; lists every problem.</exception>
    public static WorkingDayCalendar LoadDefault(string? operatorDirectory = null) => Load(BuiltInFilePath, operatorDirectory);

    /// <summary>Loads <paramref name="builtInFile"/> and then every <c>*.json</c> in <paramref name="operatorDirectory"/>.</summary>
    /// <exception cref="CalendarDataException">Any file is missing, unreadable or invalid; lists every problem.</exception>
    public static WorkingDayCalendar Load(string builtInFile, string? operatorDirectory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(builtInFile);
        var errors = new List<CalendarDataError>();
        var years = new Dictionary<int, CalendarYear>();
        foreach (var parsed in ReadFile(builtInFile, errors))
        {
            years[parsed.Year.Year] = parsed.Year;
        }

        if (operatorDirectory is not null)
        {
            foreach (var (year, data) in ReadOperatorDirectory(operatorDirectory, errors))
            {
                years[year] = data;
            }
        }

        if (errors.Count > 0)
        {
            throw new CalendarDataException(errors);
        }

        return new WorkingDayCalendar(years.Values);
    }

    private static Dictionary<int, CalendarYear> ReadOperatorDirectory(string directory, List<CalendarDataError> errors)
    {
        var years = new Dictionary<int, CalendarYear>();
        if (!Directory.Exists(directory))
        {
            // A configured directory that is absent is a setup mistake; treating it as empty would hide it.
            errors.Add(new CalendarDataError(directory, "$", "operator calendar directory does not exist"));
            return years;
        }

        var origins = new Dictionary<int, string>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var parsed in ReadFile(file, errors))
            {
                var year = parsed.Year.Year;
                if (origins.TryGetValue(year, out var firstFile))
                {
                    errors.Add(new CalendarDataError(
                        file,
                        parsed.JsonPath,
                        $"year {year} is also defined in operator file {firstFile}; each year may come from one operator file only"));
                    continue;
                }

                origins[year] = file;
                years[year] = parsed.Year;
            }
        }

        return years;
    }

    private static IReadOnlyList<ParsedCalendarYear> ReadFile(string file, List<CalendarDataError> errors)
    {
        string json;
        try
        {
            json = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var problem = ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot be read: {ex.Message}";
            errors.Add(new CalendarDataError(file, "$", problem));
            return [];
        }

        var (years, fileErrors) = CalendarFileParser.Parse(json, Path.GetFileName(file));
        errors.AddRange(fileErrors.Select(e => new CalendarDataError(file, e.JsonPath, e.Message)));
        return years;
    }
}
