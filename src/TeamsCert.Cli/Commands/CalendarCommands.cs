namespace TeamsCert.Cli.Commands;

/// <summary>Working-day arithmetic on the official PRC calendar .</summary>
public static class CalendarCommands
{
    public static IReadOnlyList<CliCommand> All { get; } =
    [
        new("calendar add-workdays", "加 N 个工作日（自次日起算，A-01）/ add N working days, counting from the next day",
            [new("from", "YYYY-MM-DD", "锚定日期 / anchor date"), new("days", "N", "工作日数，负数为向前 / working days, negative counts back")],
            AddWorkdays, "teamscert calendar add-workdays --from 2025-09-30 --days 5"),
        new("calendar count-workdays", "统计 (from, to] 间的工作日 / count working days after --from up to --to",
            [new("from", "YYYY-MM-DD", "起始日（不计）/ start date, not counted"), new("to", "YYYY-MM-DD", "结束日（计入）/ end date, counted")],
            CountWorkdays, "teamscert calendar count-workdays --from 2025-09-30 --to 2025-10-14"),
        new("calendar add-months", "加 N 个日历月，月末截断（A-02）/ add calendar months, clamped to month end",
            [new("from", "YYYY-MM-DD", "起始日期 / start date"), new("months", "N", "月数，可为负 / months, may be negative")],
            AddMonths, "teamscert calendar add-months --from 2025-01-31 --months 1"),
        new("calendar years", "列出已加载的官方日历年度（其他年度按 A-41 临时计算）/ official calendar years loaded (others are provisional, A-41)",
            [], Years, "teamscert calendar years"),
    ];

    private static object AddWorkdays(CliArguments args, CliContext context)
    {
        var from = args.Date("from");
        var days = args.WholeNumber("days");
        var answer = context.Rules.Calendar.AddWorkingDays(from, days);
        return new { from, days, due = answer.Value, provisional = answer.Provisional, provisionalYears = answer.ProvisionalYears, rule = "A-01" };
    }

    private static object CountWorkdays(CliArguments args, CliContext context)
    {
        var from = args.Date("from");
        var to = args.Date("to");
        var answer = context.Rules.Calendar.CountWorkingDays(from, to);
        return new { from, to, workingDays = answer.Value, provisional = answer.Provisional, provisionalYears = answer.ProvisionalYears, rule = "A-01" };
    }

    private static object AddMonths(CliArguments args, CliContext context)
    {
        var from = args.Date("from");
        var months = args.WholeNumber("months");
        var answer = TeamsCert.Domain.Calendar.WorkingDayCalendar.AddMonths(from, months);
        return new { from, months, date = answer.Value, provisional = answer.Provisional, rule = "A-02" };
    }

    private static object Years(CliArguments args, CliContext context)
    {
        var calendar = context.Rules.Calendar;
        return new { officialYears = calendar.OfficialYears, provisionalRule = "A-41" };
    }
}
