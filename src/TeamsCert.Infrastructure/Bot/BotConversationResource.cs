namespace TeamsCert.Infrastructure.Bot;

/// <summary>The connector's answer to creating a conversation.</summary>
public sealed record BotConversationResource(string? Id, string? ActivityId, string? ServiceUrl);
