using TeamsCert.Domain.Certificates;

namespace TeamsCert.Cli.Commands;

/// <summary>Certificate numbers, validity and status transitions (rules reference §2.8, §2.9).</summary>
public static class CertificateCommands
{
    public static IReadOnlyList<CliCommand> All { get; } =
    [
        new("certificate number", "生成证书编号（规范形式与显示形式）/ certificate number, canonical and display form",
            [
                new("scheme", "LS|CC9|TEL|AS", "认证方案 / scheme"),
                new("year", "YYYY", "发证年份 / year of issue"),
                new("sequence", "N", "流水号 / sequence number"),
                new("field-code", "XXXX", "认证领域代码（AS 必填）/ field code (required for AS)", Required: false),
                new("cycle", "K", "认证周期：0 初次，1 第一次再认证… / cycle: 0 initial, 1 first recertification…", Required: false),
                new("site", "S", "分证书序号 / sub-certificate number for a site", Required: false),
            ],
            Number, "teamscert certificate number --scheme AS --year 2025 --field-code 3101 --sequence 12 --cycle 0"),
        new("certificate expiry", "证书到期日：发证日 + 有效期年数 − 1 天 / expiry: issue date + validity years − 1 day",
            [
                new("issued", "YYYY-MM-DD", "发证（有效期起始）日期 / issue date"),
                new("scheme", "LS|CC9|TEL|AS", "按方案的有效期（默认3年）/ use the scheme's validity (default 3 years)", Required: false),
            ],
            Expiry, "teamscert certificate expiry --issued 2017-05-01"),
        new("certificate transition", "检查证书状态转换是否允许 / check a certificate status change and its trigger",
            [
                new("scheme", "LS|CC9|TEL|AS", "认证方案 / scheme"),
                new("from", "valid|suspended|revoked|cancelled|expired", "当前状态 / current status"),
                new("to", "valid|suspended|revoked|cancelled|expired", "目标状态 / new status"),
                new("trigger", "CODE", "触发情形代码（见 scheme show）/ trigger code (see scheme show)"),
            ],
            Transition, "teamscert certificate transition --scheme AS --from valid --to suspended --trigger voluntary-request"),
    ];

    private static CertificateNumber Number(CliArguments args, CliContext context)
    {
        var ruleSet = context.Rules.Schemes.Latest(args.Required("scheme"));
        var request = new CertificateNumberRequest(
            args.WholeNumber("year"), args.WholeNumber("sequence"), args.Optional("field-code"),
            args.OptionalWholeNumber("cycle") ?? 0, args.OptionalWholeNumber("site"));
        return ruleSet.NumberCertificate(request);
    }

    private static object Expiry(CliArguments args, CliContext context)
    {
        var issued = args.Date("issued");
        if (args.Optional("scheme") is { } scheme)
        {
            var ruleSet = context.Rules.Schemes.Latest(scheme);
            return new { issued, expires = ruleSet.CertificateExpiry(issued), validityYears = ruleSet.ValidityYears, scheme = ruleSet.Scheme, source = ruleSet.Certificate.ValiditySource };
        }

        return new { issued, expires = CertificateValidity.Expires(issued), validityYears = CertificateValidity.DefaultValidityYears, source = "004 §6.1(6); 002 §10.2.1(6); A-10" };
    }

    private static CertificateTransition Transition(CliArguments args, CliContext context)
    {
        var ruleSet = context.Rules.Schemes.Latest(args.Required("scheme"));
        return ruleSet.TransitionCertificate(args.Choice<CertificateState>("from"), args.Choice<CertificateState>("to"), args.Required("trigger"));
    }
}
