using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Cli;

public class GeneralCommandTests
{
    [Fact]
    public void Help_AsProcess_ListsEveryCommandAndExitsZero()
    {
        var (exit, stdout) = CliRunner.RunProcess("--help");

        Assert.Equal(0, exit);
        foreach (var command in TeamsCert.Cli.CliApp.Commands)
        {
            Assert.Contains(command.Path, stdout, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandHelp_ShowsOptionsAndExample()
    {
        var (exit, stdout) = CliRunner.RunProcess("calendar", "add-workdays", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--from YYYY-MM-DD", stdout, StringComparison.Ordinal);
        Assert.Contains("teamscert calendar add-workdays --from", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_AsProcess_ExitsNonZeroWithJsonError()
    {
        var (exit, stdout) = CliRunner.RunProcess("frobnicate");

        Assert.Equal(2, exit);
        Assert.Equal("command", CliRunner.Parse(stdout).GetProperty("error").GetProperty("field").GetString());
    }

    [Fact]
    public void MistypedOption_IsRefusedNotIgnored()
    {
        var (exit, json) = CliRunner.Run("calendar", "add-months", "--from", "2025-01-31", "--months", "1", "--monts", "2");

        Assert.Equal(2, exit);
        Assert.Equal("monts", json.GetProperty("error").GetProperty("field").GetString());
    }

    [Fact]
    public void SchemeList_ShowsFourSchemesAndWhichTakeApplications()
    {
        var (exit, json) = CliRunner.Run("scheme", "list");

        Assert.Equal(0, exit);
        var schemes = json.GetProperty("schemes").EnumerateArray().ToDictionary(s => s.GetProperty("scheme").GetString()!);
        Assert.Equal(["AS", "CC9", "LS", "TEL"], schemes.Keys.Order());
        Assert.Equal("2025-05-20", schemes["LS"].GetProperty("effectiveTo").GetString());
    }

    [Fact]
    public void DeadlineDue_TelD03_ReturnsLatestDate()
    {
        var (exit, json) = CliRunner.Run("deadline", "due", "--scheme", "TEL", "--rule", "TEL-D03", "--anchor", "2025-09-30");

        Assert.Equal(0, exit);
        Assert.Equal("2025-10-21", json.GetProperty("latest").GetString());
        Assert.Equal("TEL-D03", json.GetProperty("ruleId").GetString());
    }

    [Fact]
    public void DeadlineCheck_LatePlan_ReportsNotMet()
    {
        var (exit, json) = CliRunner.Run("deadline", "check", "--scheme", "TEL", "--rule", "TEL-D02", "--anchor", "2025-10-20", "--target", "2025-10-16");

        Assert.Equal(0, exit);
        Assert.False(json.GetProperty("met").GetBoolean());
    }

    [Fact]
    public void DeadlineDue_UnknownRule_NamesRuleField()
    {
        var (exit, json) = CliRunner.Run("deadline", "due", "--scheme", "TEL", "--rule", "TEL-D99", "--anchor", "2025-09-30");

        Assert.Equal(2, exit);
        Assert.Equal("rule", json.GetProperty("error").GetProperty("field").GetString());
    }
}
