using TeamsCert.Domain.Modes;

namespace TeamsCert.Cli.Commands;

/// <summary>AS certification-mode combinations (004 §5.2) and the fixed modes of the other schemes.</summary>
public static class ModesCommand
{
    public static IReadOnlyList<CliCommand> All { get; } =
    [
        new("modes check", "检查认证模式组合（A–I）/ check a certification-mode combination (A–I)",
            [
                new("scheme", "LS|CC9|TEL|AS", "认证方案 / scheme"),
                new("combination", "A+B+G", "模式组合 / combination of mode codes"),
                new("design", "true|false", "组织是否承担服务设计职责 / organisation has design responsibility"),
                new("contact", "person-to-person|person-to-machine|machine-to-person|machine-to-machine", "接触方式 / contact type"),
                new("justification", "TEXT", "非列举组合的理由 / justification for an unlisted combination", Required: false),
            ],
            Check, "teamscert modes check --scheme AS --combination A+B+G --design false --contact person-to-person"),
    ];

    private static ModeCombinationResult Check(CliArguments args, CliContext context)
    {
        var ruleSet = context.Rules.Schemes.Latest(args.Required("scheme"));
        return ruleSet.CheckModes(args.Required("combination"), args.Boolean("design"), args.Choice<ContactType>("contact"), args.Optional("justification"));
    }
}
