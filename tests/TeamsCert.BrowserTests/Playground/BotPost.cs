using System.Text.Json;

namespace TeamsCert.BrowserTests.Playground;

/// <summary>
/// What the bot posted to the Playground's connector, as the Playground's conversation stream reports it:
/// <paramref name="Action"/> is <c>createMessage</c> (reply or proactive message) or another stream action (e.g. an update),
/// <paramref name="MessageId"/> the id to use as <c>replyToId</c> of an invoke on that message.
/// </summary>
public sealed record BotPost(string Action, string ConversationId, string MessageId, string Text, IReadOnlyList<JsonElement> Cards, JsonElement Raw)
{
    /// <summary>The text and every string value inside the attached cards, for assertions that do not care where it appears.</summary>
    public string AllText => string.Join("\n", [Text, .. Cards.SelectMany(Strings)]);

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString() ?? string.Empty],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
