using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Cli.Commands;

/// <summary>Operator commands on deadlines stored as timer rows.</summary>
public static class TimerCommands
{
    public static IReadOnlyList<CliCommand> All { get; } =
    [
        new("timers recompute", "按当前日历重算未完成步骤的到期日（如导入新年度放假安排后，A-41）/ recompute open steps' due dates against the calendar now loaded",
            [
                new("all", "true|false", "重算全部，默认只重算临时日期 / all due dates, not only provisional ones (default false)", Required: false),
                new("database", "Sqlite|Postgres", "数据库类型 / database provider", Required: false),
                new("connection", "STRING", "连接字符串 / connection string", Required: false),
                new("data-folder", "DIR", "应用数据目录 / the app's data folder", Required: false),
            ],
            (args, context) => Recompute(args, context).GetAwaiter().GetResult(), "teamscert timers recompute --calendars ./data/calendars"),
    ];

    private static async Task<object> Recompute(CliArguments args, CliContext context)
    {
        await (await CliDatabase.OpenAsync(args)).DisposeAsync();
        var options = CliDatabase.Options(args);
        var all = args.Optional("all") is not null && args.Boolean("all");
        var (cases, changed) = await new DueDateRefresh(() => CliDatabase.NewContext(options), context.Rules, context.Time).RunAsync(!all);
        return new { casesChecked = cases, dueDatesChanged = changed, scope = all ? "all" : "provisional", rule = "A-41" };
    }
}
