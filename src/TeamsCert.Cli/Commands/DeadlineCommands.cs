namespace TeamsCert.Cli.Commands;

/// <summary>A scheme's deadline rules (rules reference §2.1) applied to dates.</summary>
public static class DeadlineCommands
{
    private static readonly CliOption[] _ruleOptions =
    [
        new("scheme", "LS|CC9|TEL|AS", "认证方案 / scheme"),
        new("rule", "ID", "期限规则编号，如 TEL-D03 / deadline rule id, e.g. TEL-D03"),
        new("anchor", "YYYY-MM-DD", "锚定事件日期 / date of the anchor event"),
        new("trigger", "CODE", "触发情形（用于豁免，如 AS-D09）/ trigger code, for exemptions such as AS-D09", Required: false),
    ];

    public static IReadOnlyList<CliCommand> All { get; } =
    [
        new("deadline due", "计算期限窗口 / the window a rule allows after (or before) an anchor date",
            _ruleOptions, Due, "teamscert deadline due --scheme TEL --rule TEL-D03 --anchor 2025-09-30"),
        new("deadline check", "判断实际日期是否符合期限 / judge an actual date against a rule",
            [.. _ruleOptions, new("target", "YYYY-MM-DD", "目标事件实际日期 / actual date of the target event")],
            Check, "teamscert deadline check --scheme TEL --rule TEL-D02 --anchor 2025-10-20 --target 2025-10-15"),
        new("deadline list", "列出方案的全部期限规则 / list a scheme's deadline rules",
            [new("scheme", "LS|CC9|TEL|AS", "认证方案 / scheme")], List, "teamscert deadline list --scheme AS"),
    ];

    private static TeamsCert.Domain.Deadlines.DeadlineWindow Due(CliArguments args, CliContext context)
    {
        var ruleSet = context.Rules.Schemes.Latest(args.Required("scheme"));
        var rule = ruleSet.Deadline(args.Required("rule"));
        return context.Rules.Deadlines(ruleSet).Window(rule, args.Date("anchor"), trigger: args.Optional("trigger"));
    }

    private static TeamsCert.Domain.Deadlines.DeadlineCheck Check(CliArguments args, CliContext context)
    {
        var ruleSet = context.Rules.Schemes.Latest(args.Required("scheme"));
        var rule = ruleSet.Deadline(args.Required("rule"));
        return context.Rules.Deadlines(ruleSet).Check(rule, args.Date("anchor"), args.Date("target"), trigger: args.Optional("trigger"));
    }

    private static object List(CliArguments args, CliContext context)
    {
        var ruleSet = context.Rules.Schemes.Latest(args.Required("scheme"));
        return new { scheme = ruleSet.Scheme, version = ruleSet.Version, deadlines = ruleSet.Deadlines };
    }
}
