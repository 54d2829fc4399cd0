using TeamsCert.Infrastructure.Bot;

namespace TeamsCert.Web.Bot;

/// <summary>
/// The handler until the task and card handler exists: acknowledges a text message with a short bilingual reply and
/// says that card actions are not available yet. Conversation references are saved by the dispatcher, not here.
/// </summary>
public sealed class DefaultBotActivityHandler(IBotConnector connector) : IBotActivityHandler
{
    public const string ReceivedText = "收到 / received";

    public async Task OnMessageAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(activity.Text) || activity.ServiceUrl is not { } serviceUrl || activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        var reply = activity.CreateReply(ReceivedText);
        if (activity.Id is { Length: > 0 } replyToId)
        {
            await connector.ReplyAsync(serviceUrl, conversationId, replyToId, reply, cancellationToken);
        }
        else
        {
            await connector.SendAsync(serviceUrl, conversationId, reply, cancellationToken);
        }
    }

    public Task<BotInvokeResponse> OnInvokeAsync(BotActivity activity, CancellationToken cancellationToken) =>
        Task.FromResult(activity.Name == BotInvokeResponse.AdaptiveCardAction
            ? BotInvokeResponse.Message("暂不支持卡片操作 / Card actions are not available yet")
            : new BotInvokeResponse(501, null));

    public Task OnConversationUpdateAsync(BotActivity activity, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task OnInstallationUpdateAsync(BotActivity activity, CancellationToken cancellationToken) => Task.CompletedTask;
}
