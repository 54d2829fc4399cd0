using TeamsCert.Infrastructure.Bot;
using TeamsCert.Infrastructure.Outbox;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Web.Bot.Cards.Notices;
using TeamsCert.Web.Bot.Steps;

namespace TeamsCert.Web.Bot.Outbound;

/// <summary>
/// Delivers a <see cref="ActedCardMessage"/>: rebuilds the outcome card (who did what, when) from the saved case and puts
/// it in place of the card that was acted on. Updating twice shows the same card, so a redelivery is harmless.
/// </summary>
public sealed partial class ActedCardUpdates(
    CaseStore store, StepOutcomes outcomes, OutcomeCardBuilder outcomeCard, IBotConnector connector, ILogger<ActedCardUpdates> logger)
{
    public async Task SendAsync(OutboundDelivery message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var data = message.Data;
        var @case = await store.LoadAsync(message.CaseId, cancellationToken);
        var stepId = Guid.TryParse(data.GetValueOrDefault("stepId"), out var id) ? id : Guid.Empty;
        if (@case?.Steps.FirstOrDefault(s => s.Id == stepId) is not { } step
            || data.GetValueOrDefault("serviceUrl") is not { Length: > 0 } serviceUrl
            || data.GetValueOrDefault("conversationId") is not { Length: > 0 } conversationId
            || data.GetValueOrDefault("activityId") is not { Length: > 0 } activityId)
        {
            Unusable(logger, message.IdempotencyKey);
            return;
        }

        var locale = NullIfEmpty(data.GetValueOrDefault("locale"));
        var card = outcomeCard.Build(await outcomes.ForActedAsync(
            @case, step, NullIfEmpty(data.GetValueOrDefault("action")), NullIfEmpty(data.GetValueOrDefault("comment")), message.Recipient, cancellationToken), locale);
        await connector.UpdateAsync(serviceUrl, conversationId, activityId, CardActivities.Message(card, locale), cancellationToken);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card update (key {IdempotencyKey}) not sent: its case, step or conversation is missing")]
    private static partial void Unusable(ILogger logger, string idempotencyKey);
}
