using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsCert.Cli;

/// <summary>Writes results and errors as one JSON object: indented for a terminal, one line when piped.</summary>
public static class CliOutput
{
    private static readonly JsonSerializerOptions _compact = Create(indented: false);
    private static readonly JsonSerializerOptions _indented = Create(indented: true);

    public static string Serialize(object value, bool indented) =>
        JsonSerializer.Serialize(value, value.GetType(), indented ? _indented : _compact);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
