using TeamsCert.Domain.Schemes;
using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.Cli.Commands;

/// <summary>Listing, showing and validating scheme rule-set files.</summary>
public static class SchemeCommands
{
    public static IReadOnlyList<CliCommand> All { get; } =
    [
        new("scheme list", "列出已加载的规则集及其有效期（A-03）/ list loaded rule sets and their effective windows",
            [], List, "teamscert scheme list"),
        new("scheme show", "输出某方案规则集的全部内容 / print one rule set in full",
            [new("scheme", "LS|CC9|TEL|AS", "认证方案 / scheme"), new("version", "N", "版本，默认最新 / version, default latest", Required: false)],
            Show, "teamscert scheme show --scheme TEL"),
        new("scheme validate", "校验一个规则集文件 / validate one rule-set file (names file, JSON path and problem)",
            [], Validate, "teamscert scheme validate ./AS.v2.json", Positional: "FILE"),
    ];

    private static object List(CliArguments args, CliContext context)
    {
        var today = ShanghaiToday(context);
        return new
        {
            today,
            schemes = context.Rules.Schemes.All.Select(r => new
            {
                scheme = r.Scheme,
                version = r.Version,
                name = r.Name,
                document = r.Document.Number,
                basisStandard = r.Document.BasisStandard,
                effectiveFrom = r.EffectiveFrom,
                effectiveTo = r.EffectiveTo,
                openForApplications = r.IsEffectiveOn(today),
            }),
        };
    }

    private static SchemeRuleSet Show(CliArguments args, CliContext context)
    {
        var scheme = args.Required("scheme");
        return args.Optional("version") is { } version
            ? context.Rules.Schemes.Version(scheme, version)
            : context.Rules.Schemes.Latest(scheme);
    }

    private static object Validate(CliArguments args, CliContext context)
    {
        var file = args.Positional("FILE");
        var ruleSet = SchemeRuleSetLoader.LoadFile(file);
        return new { file = Path.GetFileName(file), valid = true, scheme = ruleSet.Scheme, version = ruleSet.Version, deadlines = ruleSet.Deadlines.Count };
    }

    private static DateOnly ShanghaiToday(CliContext context) => TeamsCert.Domain.Calendar.ShanghaiTime.Today(context.Time);
}
