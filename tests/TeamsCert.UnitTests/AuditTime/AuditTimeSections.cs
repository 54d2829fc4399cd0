using TeamsCert.Domain.AuditTime;

using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.AuditTime;

// The four schemes' $.auditTime sections read from the shipped rule-set files.
internal static class AuditTimeSections
{
    public static string TelJson => ShippedRuleData.Section("TEL", "auditTime");

    public static string AsJson => ShippedRuleData.Section("AS", "auditTime");

    public static string LsJson => ShippedRuleData.Section("LS", "auditTime");

    public static string Cc9Json => ShippedRuleData.Section("CC9", "auditTime");

    public static PersonnelTableAuditTime Tel() => (PersonnelTableAuditTime)RuleJson.Read<AuditTimeRules>(TelJson);

    public static PersonnelTableAuditTime As() => (PersonnelTableAuditTime)RuleJson.Read<AuditTimeRules>(AsJson);

    public static FixedDaysAuditTime Fixed(string json) => (FixedDaysAuditTime)RuleJson.Read<AuditTimeRules>(json);
}
