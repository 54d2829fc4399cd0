using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using TeamsCert.Domain.Rules;

namespace TeamsCert.UnitTests.Support;

// Reads rule data exactly as the product does: web defaults (camelCase) and camelCase enum strings.
internal static class SchemeSectionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static T Section<T>(string json, string section)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty(section).Deserialize<T>(Options)
            ?? throw new InvalidOperationException($"Section '{section}' is null.");
    }

    // Parses the document, lets the test change it, and reads the section back.
    public static T Mutated<T>(string json, string section, Action<JsonNode> change)
    {
        var root = JsonNode.Parse(json)!;
        change(root[section]!);
        return Section<T>(root.ToJsonString(), section);
    }

    public static IReadOnlyList<RuleDataError> Errors(IValidatableRuleData data, string jsonPath)
    {
        var validation = new RuleDataValidation();
        data.Validate(validation, jsonPath);
        return validation.Errors;
    }
}
