using System.Text.Json.Nodes;

namespace TeamsCert.UnitTests.Support;

/// <summary>
/// The scheme rule-set files exactly as the product ships them (copied beside the test binaries), so tests of a
/// section always test the data in force rather than a copy that could drift from it.
/// </summary>
internal static class ShippedRuleData
{
    public static string File(string scheme) =>
        System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RulesData", "schemes", $"{scheme}.v1.json"));

    public static string Section(string scheme, string section) =>
        JsonNode.Parse(File(scheme))![section]?.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })
        ?? throw new InvalidOperationException($"{scheme}.v1.json has no section {section}");
}
