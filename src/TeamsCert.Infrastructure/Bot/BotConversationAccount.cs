using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsCert.Infrastructure.Bot;

/// <summary>The conversation an activity belongs to (<c>personal</c>, <c>groupChat</c> or <c>channel</c> in Teams).</summary>
public sealed class BotConversationAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public bool? IsGroup { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}
