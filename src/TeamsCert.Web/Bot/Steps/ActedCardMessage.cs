using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Bot;

namespace TeamsCert.Web.Bot.Steps;

/// <summary>
/// The outbox message that updates the card a person acted on (so everyone in that chat sees who did what and when).
/// It is saved with the action, so a crash after the answer still updates the card.
/// </summary>
public static class ActedCardMessage
{
    public const string Kind = "card-acted";

    /// <summary>The message for an invoke on a sent card; null when the activity names no card to update.</summary>
    /// <param name="actionKey">The action's idempotency key: unique per applied action, so the outbox key is too.</param>
    public static OutboundMessage? For(BotActivity activity, Guid caseId, Guid stepId, string action, string? comment, string actionKey, string actorId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity is not { ReplyToId: { Length: > 0 } replyToId, ServiceUrl: { Length: > 0 } serviceUrl, Conversation.Id: { Length: > 0 } conversationId })
        {
            return null;
        }

        var data = new Dictionary<string, string>
        {
            ["caseId"] = caseId.ToString(),
            ["stepId"] = stepId.ToString(),
            ["action"] = action,
            ["comment"] = comment ?? string.Empty,
            ["serviceUrl"] = serviceUrl,
            ["conversationId"] = conversationId,
            ["activityId"] = replyToId,
            ["locale"] = activity.Locale ?? string.Empty,
        };
        return new OutboundMessage($"{caseId}:{Kind}:{actionKey}", Kind, actorId, data);
    }
}
