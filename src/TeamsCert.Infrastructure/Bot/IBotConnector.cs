namespace TeamsCert.Infrastructure.Bot;

/// <summary>
/// The Bot Framework connector REST API (<c>{serviceUrl}/v3/conversations…</c>). Calls that get 429 or 5xx are retried
/// with backoff; when they still fail a <see cref="BotConnectorException"/> says which call and which status.
/// </summary>
public interface IBotConnector
{
    /// <summary>Replies in a thread: <c>POST /v3/conversations/{conversationId}/activities/{replyToId}</c>.</summary>
    Task<BotResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, BotActivity activity, CancellationToken cancellationToken = default);

    /// <summary>Proactive message: <c>POST /v3/conversations/{conversationId}/activities</c>.</summary>
    Task<BotResourceResponse> SendAsync(string serviceUrl, string conversationId, BotActivity activity, CancellationToken cancellationToken = default);

    /// <summary>Replaces a sent activity (e.g. a card): <c>PUT /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<BotResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, BotActivity activity, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default);

    /// <summary>Opens a 1:1 conversation with a user: <c>POST /v3/conversations</c>.</summary>
    Task<BotConversationResource> CreateConversationAsync(string serviceUrl, string tenantId, string botId, string userId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v3/conversations/{conversationId}/members</c>.</summary>
    Task<IReadOnlyList<BotChannelAccount>> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken = default);
}
