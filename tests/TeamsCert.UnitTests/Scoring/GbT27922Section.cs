using TeamsCert.Domain.Scoring;

using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Scoring;

// AS $.scoring section exactly as handed over (004 附件一).
internal static class GbT27922Section
{
    public static string AsJson => ShippedRuleData.Section("AS", "scoring");

    public static GbT27922ScoringRules As() => (GbT27922ScoringRules)RuleJson.Read<ScoringRules>(AsJson);
}
