using TeamsCert.Domain.AuditTime;

namespace TeamsCert.UnitTests.AuditTime;

// The four schemes' $.auditTime sections exactly as handed over for the rule-set files.
internal static class AuditTimeSections
{
    public const string TelJson = """
        {
          "method": "personnelTable",
          "bands": [
            { "minPersonnel": 1, "maxPersonnel": 15, "initialDays": 3.5 },
            { "minPersonnel": 16, "maxPersonnel": 25, "initialDays": 4.5 },
            { "minPersonnel": 26, "maxPersonnel": 45, "initialDays": 5.5 },
            { "minPersonnel": 46, "maxPersonnel": 65, "initialDays": 6 },
            { "minPersonnel": 66, "maxPersonnel": 85, "initialDays": 7 },
            { "minPersonnel": 86, "maxPersonnel": 125, "initialDays": 8 },
            { "minPersonnel": 126, "maxPersonnel": 175, "initialDays": 9 },
            { "minPersonnel": 176, "maxPersonnel": 275, "initialDays": 10 },
            { "minPersonnel": 276, "maxPersonnel": 425, "initialDays": 11 },
            { "minPersonnel": 426, "maxPersonnel": 625, "initialDays": 12 },
            { "minPersonnel": 626, "maxPersonnel": 875, "initialDays": 13 },
            { "minPersonnel": 876, "maxPersonnel": 1175, "initialDays": 15 }
          ],
          "tableSource": "002 §12 附录A",
          "surveillance": { "numerator": 1, "denominator": 3, "minimumDays": 1.0, "source": "002 §12 附录A 注1 b) d)" },
          "recertification": { "numerator": 2, "denominator": 3, "minimumDays": 2.0, "source": "002 §12 附录A 注1 c) e)" },
          "onSiteMinimumShare": 0.8,
          "mysteryShopping": { "daysPerSite": 0.5, "ruleId": "TEL-D04", "source": "002 §3.10" },
          "serviceCharacteristic": null
        }
        """;

    public const string AsJson = """
        {
          "method": "personnelTable",
          "bands": [
            { "minPersonnel": 1, "maxPersonnel": 5, "initialDays": 1.5 },
            { "minPersonnel": 6, "maxPersonnel": 10, "initialDays": 2 },
            { "minPersonnel": 11, "maxPersonnel": 15, "initialDays": 2.5 },
            { "minPersonnel": 16, "maxPersonnel": 25, "initialDays": 3 },
            { "minPersonnel": 26, "maxPersonnel": 45, "initialDays": 4 },
            { "minPersonnel": 46, "maxPersonnel": 65, "initialDays": 5 },
            { "minPersonnel": 66, "maxPersonnel": 85, "initialDays": 6 },
            { "minPersonnel": 86, "maxPersonnel": 125, "initialDays": 7 },
            { "minPersonnel": 126, "maxPersonnel": 175, "initialDays": 8 },
            { "minPersonnel": 176, "maxPersonnel": 275, "initialDays": 9 },
            { "minPersonnel": 276, "maxPersonnel": 425, "initialDays": 10 },
            { "minPersonnel": 426, "maxPersonnel": 625, "initialDays": 11 },
            { "minPersonnel": 626, "maxPersonnel": 875, "initialDays": 12 },
            { "minPersonnel": 876, "maxPersonnel": 1175, "initialDays": 13 },
            { "minPersonnel": 1176, "maxPersonnel": 1550, "initialDays": 14 },
            { "minPersonnel": 1551, "maxPersonnel": 2025, "initialDays": 15 },
            { "minPersonnel": 2026, "maxPersonnel": 2675, "initialDays": 16 },
            { "minPersonnel": 2676, "maxPersonnel": 3450, "initialDays": 17 },
            { "minPersonnel": 3451, "maxPersonnel": 4350, "initialDays": 18 },
            { "minPersonnel": 4351, "maxPersonnel": 5450, "initialDays": 19 },
            { "minPersonnel": 5451, "maxPersonnel": 6800, "initialDays": 20 },
            { "minPersonnel": 6801, "maxPersonnel": 8500, "initialDays": 21 },
            { "minPersonnel": 8501, "maxPersonnel": 10700, "initialDays": 22 }
          ],
          "tableSource": "CNAS-CC105:2020 (IAF MD 5:2019) 表 QMS 1，经 004 §5.1.4.2(8)a 引用",
          "surveillance": { "numerator": 1, "denominator": 3, "minimumDays": 0, "source": "CNAS-CC105:2020 (IAF MD 5:2019)：监督审核约为初次的 1/3，未规定最低天数" },
          "recertification": { "numerator": 2, "denominator": 3, "minimumDays": 0, "source": "CNAS-CC105:2020 (IAF MD 5:2019)：再认证审核约为初次的 2/3，未规定最低天数" },
          "onSiteMinimumShare": 0.8,
          "mysteryShopping": null,
          "serviceCharacteristic": { "firstSiteDays": 0.5, "additionalSiteDays": 0.25, "ruleId": "A-19", "source": "004 §5.1.4.2(8)b" }
        }
        """;

    public const string LsJson = """
        {
          "method": "fixedDays",
          "fixedDays": {
            "initial": { "min": 5, "max": 7 },
            "surveillance": { "min": 2, "max": 3 },
            "recertification": { "min": 5, "max": 7 }
          },
          "ruleId": "A-12",
          "source": "000 §5.3"
        }
        """;

    public const string Cc9Json = """
        {
          "method": "fixedDays",
          "fixedDays": {
            "initial": { "min": 5, "max": 7 },
            "surveillance": { "min": 2, "max": 3 },
            "recertification": { "min": 5, "max": 7 }
          },
          "ruleId": "A-12",
          "source": "003 §5.3"
        }
        """;

    public static PersonnelTableAuditTime Tel() => (PersonnelTableAuditTime)RuleJson.Read<AuditTimeRules>(TelJson);

    public static PersonnelTableAuditTime As() => (PersonnelTableAuditTime)RuleJson.Read<AuditTimeRules>(AsJson);

    public static FixedDaysAuditTime Fixed(string json) => (FixedDaysAuditTime)RuleJson.Read<AuditTimeRules>(json);
}
