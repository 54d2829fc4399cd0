namespace TeamsCert.Infrastructure.Bot;

/// <summary>The connector's answer to a send, reply or update: the activity's id (empty if the channel gave none).</summary>
public sealed record BotResourceResponse(string? Id);
