using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Cli;

public class CalendarCommandTests
{
    [Fact]
    public void AddWorkdays_A01Vector_ReturnsOfficialDueDate()
    {
        var (exit, json) = CliRunner.Run("calendar", "add-workdays", "--from", "2025-09-30", "--days", "5");

        Assert.Equal(0, exit);
        Assert.Equal("2025-10-14", json.GetProperty("due").GetString());
        Assert.False(json.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public void AddWorkdays_IntoYearWithoutNotice_SaysProvisionalA41()
    {
        var (exit, json) = CliRunner.Run("calendar", "add-workdays", "--from", "2026-12-28", "--days", "10");

        Assert.Equal(0, exit);
        Assert.True(json.GetProperty("provisional").GetBoolean());
        Assert.Equal(2027, json.GetProperty("provisionalYears")[0].GetInt32());
    }

    [Fact]
    public void AddMonths_MonthEnd_ClampsA02()
    {
        var (exit, json) = CliRunner.Run("calendar", "add-months", "--from", "2025-01-31", "--months", "1");

        Assert.Equal(0, exit);
        Assert.Equal("2025-02-28", json.GetProperty("date").GetString());
    }

    [Fact]
    public void CountWorkdays_AcrossNationalDay_CountsOfficialWorkingDays()
    {
        var (exit, json) = CliRunner.Run("calendar", "count-workdays", "--from", "2025-09-30", "--to", "2025-10-14");

        Assert.Equal(0, exit);
        Assert.Equal(5, json.GetProperty("workingDays").GetInt32());
    }

    [Fact]
    public void AddWorkdays_BadDate_NamesTheField()
    {
        var (exit, json) = CliRunner.Run("calendar", "add-workdays", "--from", "2025/09/30", "--days", "5");

        Assert.Equal(2, exit);
        Assert.Equal("from", json.GetProperty("error").GetProperty("field").GetString());
    }

    [Fact]
    public void AddWorkdays_MissingDays_NamesTheField()
    {
        var (exit, json) = CliRunner.Run("calendar", "add-workdays", "--from", "2025-09-30");

        Assert.Equal(2, exit);
        Assert.Equal("days", json.GetProperty("error").GetProperty("field").GetString());
    }

    [Fact]
    public void AddWorkdays_OperatorCalendarFolder_MakesNextYearOfficial()
    {
        var folder = Directory.CreateTempSubdirectory("teamscert-cal-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "cn-2027.json"),
                """{"year":2027,"source":"国务院办公厅关于2027年部分节假日安排的通知（测试）","holidays":{"2027-01-01":"元旦"},"makeupWorkdays":{}}""");

            var (exit, json) = CliRunner.Run("calendar", "add-workdays", "--from", "2026-12-28", "--days", "10", "--calendars", folder);

            Assert.Equal(0, exit);
            Assert.False(json.GetProperty("provisional").GetBoolean());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
