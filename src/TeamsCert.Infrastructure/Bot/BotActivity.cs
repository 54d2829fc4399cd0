using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsCert.Infrastructure.Bot;

/// <summary>A Bot Framework activity (the fields TeamsCert reads); every other field survives in <see cref="Extra"/>.</summary>
public sealed class BotActivity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public BotChannelAccount? From { get; set; }

    public BotConversationAccount? Conversation { get; set; }

    public BotChannelAccount? Recipient { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public string? Locale { get; set; }

    public JsonElement? Value { get; set; }

    public string? Name { get; set; }

    public string? ReplyToId { get; set; }

    public IList<BotChannelAccount>? MembersAdded { get; set; }

    public IList<JsonElement>? Attachments { get; set; }

    public JsonElement? ChannelData { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>A reply in the same conversation, from the recipient of this activity to its sender.</summary>
    public BotActivity CreateReply(string text) => new()
    {
        Type = BotActivityTypes.Message,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ReplyToId = Id,
        Text = text,
        Locale = Locale,
    };
}
