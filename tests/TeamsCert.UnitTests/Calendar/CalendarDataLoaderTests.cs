using TeamsCert.Infrastructure.Calendar;

namespace TeamsCert.UnitTests.Calendar;

public sealed class CalendarDataLoaderTests : IDisposable
{
    // A made-up 2027 notice for the tests (not the real one): 元旦 Jan 1–4, so Mon Jan 4 is off too.
    private const string Notice2027 = """
        {
          "year": 2027,
          "source": "国务院办公厅关于2027年部分节假日安排的通知 (test copy)",
          "holidays": { "2027-01-01": "元旦", "2027-01-02": "元旦", "2027-01-03": "元旦", "2027-01-04": "元旦" },
          "makeupWorkdays": { "2027-01-09": "元旦" }
        }
        """;

    private readonly TempCalendarDirectory _operator = new();

    public void Dispose() => _operator.Dispose();

    [Fact]
    public void BuiltInFilePath_NextToTestAssembly_Exists()
    {
        Assert.True(File.Exists(CalendarDataLoader.BuiltInFilePath), CalendarDataLoader.BuiltInFilePath);
        Assert.EndsWith("cn-official-calendar.json", CalendarDataLoader.BuiltInFilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDefault_BuiltInFile_YearsComeFromTheFile()
    {
        var calendar = CalendarDataLoader.LoadDefault();

        Assert.Equal(Enumerable.Range(2015, 12), calendar.OfficialYears);
        Assert.StartsWith("cn-official-calendar.json", calendar.GetYear(2025).Source, StringComparison.Ordinal);
        Assert.Equal("国庆节", calendar.GetYear(2025).Holidays[new DateOnly(2025, 10, 8)]);
    }

    [Fact]
    public void Load_A41_OperatorFileAdds2027_AnswersIntoIt_AreNotProvisional()
    {
        _operator.Write("2027.json", Notice2027);

        var calendar = CalendarDataLoader.Load(CalendarDataLoader.BuiltInFilePath, _operator.Path);
        var answer = calendar.AddWorkingDays(new DateOnly(2026, 12, 20), 10);

        Assert.Equal(new DateOnly(2027, 1, 5), answer.Value);
        Assert.False(answer.Provisional);
        Assert.Contains(2027, calendar.OfficialYears);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 1, 9)));
        Assert.Contains("2027.json", calendar.GetYear(2027).Source, StringComparison.Ordinal);
        Assert.Contains("部分节假日安排的通知", calendar.GetYear(2027).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_A01_OperatorFileReplacesBuiltInYear_WholeYearIsReplaced()
    {
        // The operator's 2025 adds Oct 9 to 国庆 and omits everything else the built-in 2025 had.
        _operator.Write("fix-2025.json", """
            {
              "years": {
                "2025": {
                  "holidays": { "2025-10-01": "国庆节", "2025-10-02": "国庆节", "2025-10-03": "国庆节",
                                "2025-10-06": "中秋", "2025-10-07": "国庆节", "2025-10-08": "国庆节", "2025-10-09": "国庆节" },
                  "makeupWorkdays": { "2025-10-11": "国庆节" }
                }
              }
            }
            """);

        var calendar = CalendarDataLoader.Load(CalendarDataLoader.BuiltInFilePath, _operator.Path);

        Assert.Equal(new DateOnly(2025, 10, 15), calendar.AddWorkingDays(new DateOnly(2025, 9, 30), 5).Value);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 1, 28)));
        Assert.StartsWith("fix-2025.json", calendar.GetYear(2025).Source, StringComparison.Ordinal);
        Assert.StartsWith("cn-official-calendar.json", calendar.GetYear(2026).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyOperatorDirectory_GivesBuiltInAnswers()
    {
        var calendar = CalendarDataLoader.Load(CalendarDataLoader.BuiltInFilePath, _operator.Path);

        Assert.Equal(new DateOnly(2025, 10, 14), calendar.AddWorkingDays(new DateOnly(2025, 9, 30), 5).Value);
        Assert.True(calendar.IsProvisional(2027));
    }

    [Fact]
    public void Load_OperatorFilesWithOtherExtensions_AreIgnored()
    {
        _operator.Write("2027.json.bak", "not json at all");

        var calendar = CalendarDataLoader.Load(CalendarDataLoader.BuiltInFilePath, _operator.Path);

        Assert.True(calendar.IsProvisional(2027));
    }

    [Fact]
    public void Load_MissingOperatorDirectory_ThrowsNamingTheDirectory()
    {
        var missing = Path.Combine(_operator.Path, "absent");

        var ex = Assert.Throws<CalendarDataException>(() => CalendarDataLoader.Load(CalendarDataLoader.BuiltInFilePath, missing));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(missing, error.File);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingBuiltInFile_ThrowsFileNotFound()
    {
        var missing = Path.Combine(_operator.Path, "cn-official-calendar.json");

        var ex = Assert.Throws<CalendarDataException>(() => CalendarDataLoader.Load(missing));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(missing, error.File);
        Assert.Equal("$", error.JsonPath);
        Assert.Contains("file not found", ex.Message, StringComparison.Ordinal);
    }
}
