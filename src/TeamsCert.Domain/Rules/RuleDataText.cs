using System.Text.RegularExpressions;

namespace TeamsCert.Domain.Rules;

// Checks on texts that recur across rule-data sections (labels, sources, rule ids).
internal static partial class RuleDataText
{
    public static void RequireLabel(RuleDataValidation validation, LocalizedText? label, string jsonPath)
    {
        if (!validation.Require(label is not null, jsonPath, "is required (zhCn and en)"))
        {
            return;
        }

        validation.Require(!string.IsNullOrWhiteSpace(label!.ZhCn), $"{jsonPath}.zhCn", "is required");
        validation.Require(!string.IsNullOrWhiteSpace(label.En), $"{jsonPath}.en", "is required");
    }

    public static void RequireSource(RuleDataValidation validation, string? source, string jsonPath) =>
        validation.Require(!string.IsNullOrWhiteSpace(source), jsonPath, "must cite the seed section");

    /// <summary>Reference ids (TEL-D03, AS-R05), flags (A-13) or, where the reference has none, a seed section.</summary>
    public static bool IsRuleId(string? text) => text is not null && RuleId().IsMatch(text);

    public static bool IsFlag(string? text) => text is not null && Flag().IsMatch(text);

    [GeneratedRegex(@"^(?:[A-Z][A-Z0-9]*-[A-Z]\d{2}|A-\d{2}|\d{3} §\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();

    [GeneratedRegex(@"^A-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Flag();
}
