using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace TeamsCert.Infrastructure.Bot;

/// <summary>The Bot Framework wire format: camelCase, nulls left out, Chinese text written as is (not as \u escapes).</summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
