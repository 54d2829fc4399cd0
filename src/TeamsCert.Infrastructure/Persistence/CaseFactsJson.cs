using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Infrastructure.Persistence;

/// <summary>The stored JSON form of <see cref="CaseFacts"/>: camelCase, enums as strings, dates as ISO dates.</summary>
public static class CaseFactsJson
{
    private static readonly JsonSerializerOptions _options = Create();

    public static CaseFacts Read(string json) => JsonSerializer.Deserialize<CaseFacts>(json, _options) ?? new CaseFacts();

    public static string Write(CaseFacts facts) => JsonSerializer.Serialize(facts, _options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
