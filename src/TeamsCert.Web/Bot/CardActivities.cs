using System.Text.Json;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.Web.Bot.Cards.Model;

namespace TeamsCert.Web.Bot;

/// <summary>Messages that carry an Adaptive Card as their one attachment.</summary>
public static class CardActivities
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>A reply to <paramref name="incoming"/> with the card (and an optional text above it).</summary>
    public static BotActivity Reply(BotActivity incoming, AdaptiveCard card, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var reply = incoming.CreateReply(text ?? string.Empty);
        reply.Text = text;
        reply.Attachments = [Attachment(card)];
        return reply;
    }

    /// <summary>A proactive message with the card.</summary>
    public static BotActivity Message(AdaptiveCard card, string? locale = null) => new()
    {
        Type = BotActivityTypes.Message,
        Locale = locale,
        Attachments = [Attachment(card)],
    };

    public static JsonElement Attachment(AdaptiveCard card) =>
        JsonSerializer.SerializeToElement(new { contentType = ContentType, content = CardJson.ToNode(card) });
}
