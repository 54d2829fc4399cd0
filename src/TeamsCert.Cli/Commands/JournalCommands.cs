using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Cli.Commands;

/// <summary>Checks the hash chains of the case journals (ISO/IEC 17021-1 9.9 record integrity).</summary>
public static class JournalCommands
{
    private static readonly CliOption[] _database =
    [
        new("database", "Sqlite|Postgres", "数据库类型，默认 Sqlite / database provider (default Sqlite)", Required: false),
        new("connection", "STRING", "连接字符串 / connection string (default: the app's SQLite file)", Required: false),
        new("data-folder", "DIR", "应用数据目录 / the app's data folder (default src/TeamsCert.Web/data)", Required: false),
    ];

    public static IReadOnlyList<CliCommand> All { get; } =
    [
        new("journal verify", "校验案件日志的哈希链；有损坏时退出码 5 / verify the journals' hash chains; exit 5 when one is broken",
            [new("case", "ID|NUMBER", "只校验一个案件 / one case only", Required: false), .. _database],
            (args, _) => Verify(args).GetAwaiter().GetResult(), "teamscert journal verify --case TEL-2026-0001"),
    ];

    private static async Task<object> Verify(CliArguments args)
    {
        await using var db = await CliDatabase.OpenAsync(args);
        var cases = db.Cases.AsNoTracking();
        if (args.Optional("case") is { } wanted)
        {
            cases = Guid.TryParse(wanted, out var id) ? cases.Where(c => c.Id == id) : cases.Where(c => c.Number == wanted);
        }

        var list = await cases.OrderBy(c => c.Number).Select(c => new { c.Id, c.Number }).ToListAsync();
        if (list.Count == 0 && args.Optional("case") is { } missing)
        {
            throw new InvalidInputException("case", $"找不到案件 {missing} / no case {missing}");
        }

        var broken = new List<object>();
        var entries = 0;
        foreach (var c in list)
        {
            var journal = await db.Journal.AsNoTracking().Where(j => j.CaseId == c.Id).OrderBy(j => j.Sequence).ToListAsync();
            var result = JournalChain.Verify(journal);
            entries += result.Entries;
            if (!result.Valid)
            {
                broken.Add(new { caseId = c.Id, number = c.Number, brokenAt = result.BrokenAt, problem = result.Problem });
            }
        }

        var report = new { valid = broken.Count == 0, cases = list.Count, entries, broken };
        return broken.Count == 0 ? report : throw new JournalBrokenException(report);
    }
}
