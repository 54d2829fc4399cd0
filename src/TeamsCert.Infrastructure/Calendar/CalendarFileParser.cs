using System.Globalization;
using System.Text.Json;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Rules;

namespace TeamsCert.Infrastructure.Calendar;

/// <summary>
/// Reads one calendar file, either multi-year (<c>{"years":{"2027":{...}}}</c>) or single-year
/// (<c>{"year":2027,"holidays":{...}}</c>), recording every problem by JSON path instead of stopping at the first.
/// </summary>
internal sealed class CalendarFileParser
{
    private static readonly JsonDocumentOptions _options = new() { CommentHandling = JsonCommentHandling.Skip };
    private static readonly string[] _multiYearProperties = ["years", "description", "source"];
    private static readonly string[] _singleYearProperties = ["year", "holidays", "makeupWorkdays", "description", "source"];
    private static readonly string[] _yearProperties = ["holidays", "makeupWorkdays", "description", "source"];

    private readonly RuleDataValidation _validation = new();
    private readonly List<ParsedCalendarYear> _years = [];
    private readonly string _fileName;

    private CalendarFileParser(string fileName) => _fileName = fileName;

    public static (IReadOnlyList<ParsedCalendarYear> Years, IReadOnlyList<RuleDataError> Errors) Parse(string json, string fileName)
    {
        var parser = new CalendarFileParser(fileName);
        parser.ParseDocument(json);
        return (parser._years, parser._validation.Errors);
    }

    private void ParseDocument(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, _options);
        }
        catch (JsonException ex)
        {
            // The reader's message repeats the location 0-based; operators count lines and columns from 1.
            var reason = ex.Message;
            var suffix = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = suffix >= 0 ? reason[..suffix] : reason;
            _validation.Error(
                "$",
                $"malformed JSON at line {ex.LineNumber + 1}, byte position {ex.BytePositionInLine + 1}: {reason}");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                _validation.Error("$", "must be a JSON object with either \"years\" (several years) or \"year\" (one year)");
            }
            else if (root.TryGetProperty("years", out var years))
            {
                CheckProperties(root, "$", _multiYearProperties);
                ParseYears(years, OptionalString(root, "source", "$"));
            }
            else if (root.TryGetProperty("year", out var year))
            {
                CheckProperties(root, "$", _singleYearProperties);
                if (year.ValueKind == JsonValueKind.Number && year.TryGetInt32(out var number) && IsYear(number))
                {
                    ParseYear(root, number, "$", fileSource: null);
                }
                else
                {
                    _validation.Error("$.year", "must be a four-digit year number, e.g. 2027");
                }
            }
            else
            {
                _validation.Error("$", "has neither \"years\" (several years) nor \"year\" (one year)");
            }
        }
    }

    private void ParseYears(JsonElement years, string? fileSource)
    {
        if (!_validation.Require(years.ValueKind == JsonValueKind.Object, "$.years", "must be an object keyed by year, e.g. {\"2027\": {...}}"))
        {
            return;
        }

        var seen = new HashSet<int>();
        foreach (var property in years.EnumerateObject())
        {
            var path = $"$.years.{property.Name}";
            if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !IsYear(year))
            {
                _validation.Error(path, $"\"{property.Name}\" is not a four-digit year");
            }
            else if (!seen.Add(year))
            {
                _validation.Error(path, $"year {year} is listed twice in this file");
            }
            else if (_validation.Require(property.Value.ValueKind == JsonValueKind.Object, path, "must be an object with \"holidays\" and \"makeupWorkdays\""))
            {
                CheckProperties(property.Value, path, _yearProperties);
                ParseYear(property.Value, year, path, fileSource);
            }
        }
    }

    private void ParseYear(JsonElement element, int year, string path, string? fileSource)
    {
        var errorsBefore = _validation.Errors.Count;
        var holidays = element.TryGetProperty("holidays", out var h)
            ? ReadDates(h, year, $"{path}.holidays")
            : Missing($"{path}.holidays");
        var makeup = element.TryGetProperty("makeupWorkdays", out var m)
            ? ReadDates(m, year, $"{path}.makeupWorkdays")
            : [];

        foreach (var date in makeup.Keys)
        {
            var datePath = $"{path}.makeupWorkdays.{date:yyyy-MM-dd}";
            _validation.Require(!holidays.ContainsKey(date), datePath, "is listed both as a holiday and as a make-up workday");
            _validation.Require(
                date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday,
                datePath,
                $"a make-up workday must be a Saturday or Sunday, but {date:yyyy-MM-dd} is a {date.DayOfWeek}");
        }

        if (_validation.Errors.Count == errorsBefore)
        {
            var source = OptionalString(element, "source", path) ?? fileSource;
            var label = source is null ? _fileName : $"{_fileName}: {source}";
            _years.Add(new ParsedCalendarYear(new CalendarYear(year, holidays, makeup, Provisional: false, label), path));
        }
    }

    private Dictionary<DateOnly, string> ReadDates(JsonElement element, int year, string path)
    {
        var dates = new Dictionary<DateOnly, string>();
        if (!_validation.Require(element.ValueKind == JsonValueKind.Object, path, "must be an object mapping yyyy-MM-dd dates to holiday names"))
        {
            return dates;
        }

        foreach (var property in element.EnumerateObject())
        {
            var datePath = $"{path}.{property.Name}";
            if (!DateOnly.TryParseExact(property.Name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                _validation.Error(datePath, $"\"{property.Name}\" is not an ISO date (yyyy-MM-dd)");
                continue;
            }

            _validation.Require(date.Year == year, datePath, $"date {property.Name} is outside its year {year}");
            var name = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
            if (_validation.Require(!string.IsNullOrWhiteSpace(name), datePath, "holiday name is empty or not a string"))
            {
                _validation.Require(dates.TryAdd(date, name!.Trim()), datePath, "date is listed twice");
            }
        }

        return dates;
    }

    private Dictionary<DateOnly, string> Missing(string path)
    {
        _validation.Error(path, "is missing; list the year's days off as {\"yyyy-MM-dd\": \"holiday name\"}");
        return [];
    }

    private string? OptionalString(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        _validation.Require(value.ValueKind == JsonValueKind.String, $"{path}.{name}", "must be a string");
        return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    // Unknown keys are usually typos (e.g. "makeupWorkday"), which would otherwise silently drop a year's data.
    private void CheckProperties(JsonElement element, string path, string[] allowed)
    {
        foreach (var property in element.EnumerateObject().Where(p => !allowed.Contains(p.Name, StringComparer.Ordinal)))
        {
            _validation.Error($"{path}.{property.Name}", $"unknown property; expected one of {string.Join(", ", allowed)}");
        }
    }

    private static bool IsYear(int year) => year is >= 1000 and <= 9999;
}
