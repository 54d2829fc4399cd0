using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsCert.Domain.Workflow;

/// <summary>Reads typed values from an action's string data, naming <c>data.&lt;field&gt;</c> in every error.</summary>
public static class StepData
{
    private static readonly JsonSerializerOptions _json = CreateOptions();

    public static DateOnly Date(IReadOnlyDictionary<string, string> data, string key) =>
        DateOnly.TryParseExact(StepContext.Required(data, key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidInputException($"data.{key}", $"日期格式应为 yyyy-MM-dd / data.{key} must be a date like 2025-10-14");

    public static DateOnly? OptionalDate(IReadOnlyDictionary<string, string> data, string key) =>
        data.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text) ? Date(data, key) : null;

    public static bool Flag(IReadOnlyDictionary<string, string> data, string key) =>
        data.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text)
            ? bool.TryParse(text.Trim(), out var value) ? value : throw new InvalidInputException($"data.{key}", $"应为 true 或 false / data.{key} must be true or false")
            : false;

    public static string? Optional(IReadOnlyDictionary<string, string> data, string key) =>
        data.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    /// <summary>Parses a JSON value (a list, a score sheet); camelCase names, enums as camelCase strings.</summary>
    public static T Json<T>(IReadOnlyDictionary<string, string> data, string key)
    {
        var text = StepContext.Required(data, key);
        try
        {
            return JsonSerializer.Deserialize<T>(text, _json) ?? throw new InvalidInputException($"data.{key}", $"data.{key} 不能为 null / data.{key} must not be null");
        }
        catch (JsonException ex)
        {
            var at = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? string.Empty : ex.Path.TrimStart('$');
            throw new InvalidInputException($"data.{key}{at}", $"data.{key} 不是有效的 JSON（{ex.Path}）/ data.{key} is not valid JSON for {typeof(T).Name} at {ex.Path}");
        }
    }

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, _json);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
