using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsCert.Domain.Rules;

namespace TeamsCert.UnitTests;

// The serializer settings the rule-set loader uses (Web defaults + camelCase enums), so tests read JSON the same way.
internal static class RuleJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException("The JSON text was null.");

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static IReadOnlyList<RuleDataError> Errors(IValidatableRuleData data, string jsonPath)
    {
        var validation = new RuleDataValidation();
        data.Validate(validation, jsonPath);
        return validation.Errors;
    }
}
