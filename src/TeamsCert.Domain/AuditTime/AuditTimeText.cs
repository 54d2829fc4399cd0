using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.AuditTime;

// Shared wording so every justification names the audit and its inputs the same way.
internal static class AuditTimeText
{
    public const string InputSource = "ISO/IEC 17021-1 9.1.4";

    public static string KindZh(AuditKind kind) => kind switch
    {
        AuditKind.Initial => "初次认证审核",
        AuditKind.Surveillance => "监督审核",
        _ => "再认证审核",
    };

    public static string KindEn(AuditKind kind) => kind switch
    {
        AuditKind.Initial => "initial audit",
        AuditKind.Surveillance => "surveillance audit",
        _ => "recertification audit",
    };

    public static string Days(decimal value) => DecimalText.Format(value);

    public static string PersonDaysEn(decimal value) => value == 1 ? "1 person-day" : $"{Days(value)} person-days";

    public static string Source(string ruleId, string? source) =>
        string.IsNullOrWhiteSpace(source) ? ruleId : $"{ruleId} · {source}";

    public static JustificationStep Input(AuditTimeRequest request) => new(
        JustificationStepCodes.Input,
        InputSource,
        new LocalizedText(
            $"审核类型：{KindZh(request.Kind)}；有效人数：{DecimalText.Format(request.EffectivePersonnel)}；场所数：{DecimalText.Format(request.Sites)}",
            $"Audit: {KindEn(request.Kind)}; effective personnel: {DecimalText.Format(request.EffectivePersonnel)}; sites: {DecimalText.Format(request.Sites)}"),
        request.EffectivePersonnel);
}
