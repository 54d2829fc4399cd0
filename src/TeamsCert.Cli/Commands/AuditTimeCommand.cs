using TeamsCert.Domain;
using TeamsCert.Domain.AuditTime;

namespace TeamsCert.Cli.Commands;

/// <summary>Audit time per scheme (rules reference §2.4), with the justification ISO/IEC 17021-1 9.9 asks for.</summary>
public static class AuditTimeCommand
{
    public static IReadOnlyList<CliCommand> All { get; } =
    [
        new("audit-time", "计算审核时间及其理由 / audit time with its justification",
            [
                new("scheme", "LS|CC9|TEL|AS", "认证方案 / scheme"),
                new("personnel", "N", "有效人数 / effective personnel"),
                new("audit", "initial|surveillance|recertification", "审核类型 / audit kind"),
                new("sites", "N", "服务/经营场所数，默认1 / service or business sites, default 1", Required: false),
            ],
            Run, "teamscert audit-time --scheme TEL --personnel 10 --audit surveillance --sites 3"),
    ];

    private static System.Text.Json.Nodes.JsonObject Run(CliArguments args, CliContext context)
    {
        var ruleSet = context.Rules.Schemes.Latest(args.Required("scheme"));
        var request = new AuditTimeRequest(ParseKind(args.Required("audit")), args.WholeNumber("personnel"), args.OptionalWholeNumber("sites") ?? 1);
        return CliOutput.Extend(ruleSet.CalculateAuditTime(request), ("scheme", ruleSet.Scheme), ("ruleSetVersion", ruleSet.Version));
    }

    public static AuditKind ParseKind(string value) =>
        Enum.TryParse<AuditKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(value, out _)
            ? kind
            : throw new InvalidInputException("audit", $"审核类型“{value}”无效，应为 initial、surveillance 或 recertification / audit must be initial, surveillance or recertification");
}
