using TeamsCert.Domain.Scoring;

using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Scoring;

// TEL $.scoring section exactly as handed over (002 §6).
internal static class StarLevelSection
{
    public static string TelJson => ShippedRuleData.Section("TEL", "scoring");

    public static StarLevelScoringRules Tel() => (StarLevelScoringRules)RuleJson.Read<ScoringRules>(TelJson);
}
