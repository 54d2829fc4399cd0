using System.Reflection;
using System.Text.RegularExpressions;
using TeamsCert.UnitTests.Support;

namespace TeamsCert.UnitTests;

/// <summary>
/// Every rule id of the rules reference's deadline (§2.1) and role (§2.3) tables must have a test named after it,
/// so a rule added to the reference without a test shows up here.
/// </summary>
public partial class RuleCoverageTests
{
    [Fact]
    public void EveryDeadlineAndRoleRuleId_HasATestNamedAfterIt()
    {
        var reference = SharedDocs.RulesReference;
        var sections = reference[reference.IndexOf("### 2.1", StringComparison.Ordinal)..reference.IndexOf("### 2.4", StringComparison.Ordinal)];
        var ids = RuleIdPattern().Matches(sections).Select(m => m.Value).Distinct().ToList();
        var testNames = typeof(RuleCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any())
            .Select(m => m.Name.ToUpperInvariant())
            .ToList();

        var untested = ids.Where(id => !testNames.Any(n => n.Contains(Normalise(id), StringComparison.Ordinal))).ToList();

        Assert.True(ids.Count >= 40, $"expected the reference's rule ids, found {ids.Count}");
        Assert.True(untested.Count == 0, "rule ids without a test named after them: " + string.Join(", ", untested));
    }

    // "TEL-D03" → "TELD03", "LS/CC9-R02" → "LSCC9R02", matching method names such as TelD03_… or LsCc9R02_….
    private static string Normalise(string id) => id.Replace("-", string.Empty, StringComparison.Ordinal).Replace("/", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    [GeneratedRegex(@"\b(?:LS/CC9|LS|CC9|TEL|AS)-[DER]\d{2}\b")]
    private static partial Regex RuleIdPattern();
}
