using TeamsCert.Domain.Scoring;

using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests.Scoring;

// LS and CC9 $.scoring sections exactly as handed over (000/003 §9, §10, App. C).
internal static class CompositeSections
{
    public static string LsJson => ShippedRuleData.Section("LS", "scoring");

    public static string Cc9Json => ShippedRuleData.Section("CC9", "scoring");

    public static CompositeScoringRules Ls() => (CompositeScoringRules)RuleJson.Read<ScoringRules>(LsJson);

    public static CompositeScoringRules Cc9() => (CompositeScoringRules)RuleJson.Read<ScoringRules>(Cc9Json);
}
