using TeamsCert.Infrastructure.Demo;

namespace TeamsCert.Cli.Commands;

/// <summary>Demo data for a newcomer: cases of several schemes in several states, made through the real runtime.</summary>
public static class DemoCommands
{
    public static IReadOnlyList<CliCommand> All { get; } =
    [
        new("demo seed", "向配置的数据库填充演示案件（仅当数据库为空）/ fill the configured database with demo cases (only when empty)",
            [
                new("database", "Sqlite|Postgres", "数据库类型，默认 Sqlite / database provider (default Sqlite)", Required: false),
                new("connection", "STRING", "连接字符串 / connection string (default: the app's SQLite file)", Required: false),
                new("data-folder", "DIR", "应用数据目录 / the app's data folder (default src/TeamsCert.Web/data)", Required: false),
            ],
            (args, context) => Seed(args, context).GetAwaiter().GetResult(), "teamscert demo seed"),
    ];

    private static async Task<object> Seed(CliArguments args, CliContext context)
    {
        await (await CliDatabase.OpenAsync(args)).DisposeAsync();
        var options = CliDatabase.Options(args);
        var seeder = new DemoSeeder(() => CliDatabase.NewContext(options), context.Rules, context.Time);
        return await seeder.SeedAsync();
    }
}
