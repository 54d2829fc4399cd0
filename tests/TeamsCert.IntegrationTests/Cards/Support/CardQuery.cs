using System.Text.Json.Nodes;
using TeamsCert.Web.Bot.Cards.Model;

namespace TeamsCert.IntegrationTests.Cards.Support;

/// <summary>Reads a serialised card the way a client sees it: every object, every action, every text.</summary>
internal static class CardQuery
{
    public static JsonObject Json(AdaptiveCard card) => CardJson.ToNode(card);

    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.SelectMany(p => Objects(p.Value)))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Objects))
                {
                    yield return child;
                }

                break;
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonObject card, string type) =>
        Objects(card).Where(o => (string?)o["type"] == type);

    /// <summary>Action.Execute buttons with a verb, excluding the refresh action (which is not a button).</summary>
    public static List<JsonObject> Buttons(JsonObject card, string verb) =>
        [.. OfType(card, "Action.Execute").Where(a => (string?)a["verb"] == verb)];

    public static string AllText(JsonObject card) => card.ToJsonString(CardJson.Options);

    public static JsonObject? Input(JsonObject card, string id) => Objects(card).FirstOrDefault(o => (string?)o["id"] == id);
}
