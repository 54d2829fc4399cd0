using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>Serialises cards as Adaptive Card JSON: <c>type</c> first, camelCase, nulls omitted.</summary>
public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    public static JsonObject ToNode(AdaptiveCard card) => JsonSerializer.SerializeToNode(card, Options)!.AsObject();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Chinese text stays readable in the payload; the card is JSON in an HTTP body, never HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
