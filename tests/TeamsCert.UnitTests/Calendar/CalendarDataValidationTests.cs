using TeamsCert.Infrastructure.Calendar;

namespace TeamsCert.UnitTests.Calendar;

public sealed class CalendarDataValidationTests : IDisposable
{
    private readonly TempCalendarDirectory _operator = new();

    public void Dispose() => _operator.Dispose();

    [Fact]
    public void Load_MalformedJson_ReportsFileLineAndPosition()
    {
        var file = _operator.Write("broken.json", "{\n  \"year\": 2027,\n  \"holidays\": {\n    \"2027-01-01\" \"元旦\"\n  }\n}\n");

        var error = AssertSingleError(file, "$", "malformed JSON at line 4, byte position 18");

        Assert.Contains("Expected a ':'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MonthThirteen_ReportsNotIsoDateAtItsPath()
    {
        var file = _operator.Write("multi.json", """{ "years": { "2027": { "holidays": { "2027-13-01": "元旦" }, "makeupWorkdays": {} } } }""");

        AssertSingleError(file, "$.years.2027.holidays.2027-13-01", "not an ISO date (yyyy-MM-dd)");
    }

    [Fact]
    public void Load_UnpaddedDate_ReportsNotIsoDate()
    {
        var file = _operator.Write("2027.json", """{ "year": 2027, "holidays": { "2027-1-1": "元旦" } }""");

        AssertSingleError(file, "$.holidays.2027-1-1", "not an ISO date (yyyy-MM-dd)");
    }

    [Fact]
    public void Load_DateOutsideItsYear_ReportsYearMismatch()
    {
        var file = _operator.Write("2027.json", """{ "year": 2027, "holidays": { "2028-01-01": "元旦" } }""");

        AssertSingleError(file, "$.holidays.2028-01-01", "outside its year 2027");
    }

    [Fact]
    public void Load_DateBothHolidayAndMakeupWorkday_ReportsConflict()
    {
        var file = _operator.Write("2027.json", """
            { "year": 2027, "holidays": { "2027-02-06": "春节" }, "makeupWorkdays": { "2027-02-06": "春节" } }
            """);

        AssertSingleError(file, "$.makeupWorkdays.2027-02-06", "both as a holiday and as a make-up workday");
    }

    [Fact]
    public void Load_MakeupWorkdayOnTuesday_ReportsMustBeWeekend()
    {
        var file = _operator.Write("2027.json", """
            { "year": 2027, "holidays": { "2027-02-05": "春节" }, "makeupWorkdays": { "2027-02-09": "春节" } }
            """);

        AssertSingleError(file, "$.makeupWorkdays.2027-02-09", "must be a Saturday or Sunday, but 2027-02-09 is a Tuesday");
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    [InlineData("null")]
    public void Load_EmptyHolidayName_ReportsEmptyName(string name)
    {
        var file = _operator.Write("2027.json", $$"""{ "year": 2027, "holidays": { "2027-01-01": {{name}} } }""");

        AssertSingleError(file, "$.holidays.2027-01-01", "holiday name is empty");
    }

    [Fact]
    public void Load_SameYearInTwoOperatorFiles_ReportsDuplicateNamingBoth()
    {
        var first = _operator.Write("a-2027.json", """{ "year": 2027, "holidays": { "2027-01-01": "元旦" } }""");
        var second = _operator.Write("b-2027.json", """{ "years": { "2027": { "holidays": { "2027-01-01": "元旦" } } } }""");

        var error = AssertSingleError(second, "$.years.2027", "year 2027 is also defined in operator file");

        Assert.Contains(first, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspelledMakeupProperty_ReportsUnknownProperty()
    {
        var file = _operator.Write("2027.json", """{ "year": 2027, "holidays": {}, "makeupWorkday": { "2027-01-09": "元旦" } }""");

        AssertSingleError(file, "$.makeupWorkday", "unknown property");
    }

    [Fact]
    public void Load_NeitherYearNorYears_ReportsShape()
    {
        var file = _operator.Write("2027.json", """{ "holidays": { "2027-01-01": "元旦" } }""");

        AssertSingleError(file, "$", "neither \"years\"");
    }

    [Fact]
    public void Load_SingleYearWithoutHolidays_ReportsMissing()
    {
        var file = _operator.Write("2027.json", """{ "year": 2027 }""");

        AssertSingleError(file, "$.holidays", "is missing");
    }

    [Fact]
    public void Load_SeveralProblemsInSeveralFiles_CollectsThemAll()
    {
        var first = _operator.Write("a.json", """
            { "year": 2027, "holidays": { "2027-02-30": "春节", "2028-01-01": "元旦", "2027-01-01": "" } }
            """);
        var second = _operator.Write("b.json", "{ \"year\": ");

        var ex = Assert.Throws<CalendarDataException>(Load);

        Assert.Equal(3, ex.Errors.Count(e => e.File == first));
        Assert.Single(ex.Errors, e => e.File == second);
        Assert.Contains("4 error(s)", ex.Message, StringComparison.Ordinal);
    }

    private CalendarDataError AssertSingleError(string file, string jsonPath, string fragment)
    {
        var ex = Assert.Throws<CalendarDataException>(Load);

        var error = Assert.Single(ex.Errors);
        Assert.Equal(file, error.File);
        Assert.Equal(jsonPath, error.JsonPath);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.Contains($"{Path.GetFileName(file)}: {jsonPath}: ", ex.Message, StringComparison.Ordinal);
        return error;
    }

    private void Load() => CalendarDataLoader.Load(CalendarDataLoader.BuiltInFilePath, _operator.Path);
}
