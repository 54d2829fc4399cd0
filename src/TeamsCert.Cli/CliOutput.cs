using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TeamsCert.Cli;

/// <summary>Writes results and errors as one JSON object: indented for a terminal, one line when piped.</summary>
public static class CliOutput
{
    private static readonly JsonSerializerOptions _compact = Create(indented: false);
    private static readonly JsonSerializerOptions _indented = Create(indented: true);

    public static string Serialize(object value, bool indented) =>
        JsonSerializer.Serialize(value, value.GetType(), indented ? _indented : _compact);

    /// <summary>The result's own fields first, then context fields such as the scheme and rule-set version.</summary>
    public static JsonObject Extend(object result, params (string Name, object? Value)[] extra)
    {
        var json = JsonSerializer.SerializeToNode(result, result.GetType(), _compact)!.AsObject();
        foreach (var (name, value) in extra)
        {
            json[name] = value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), _compact);
        }

        return json;
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
