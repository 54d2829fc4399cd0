using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Outbox;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Web.Bot.Steps;
using TeamsCert.Web.Bot.Users;

namespace TeamsCert.Web.Bot.Notifications;

/// <summary>
/// Delivers a <c>step-opened</c> message as the step's own card, built for each recipient (so it shows only the actions
/// that person may take): to the assignee the message names, or to each holder of its role, as long as they may still act.
/// A step that is no longer open when the message is delivered gets nothing: its card would only be a stale button.
/// </summary>
public sealed partial class StepOpenedCards(
    StaffRoster roster, CaseStore store, StepCardFactory cards, ProactiveCards proactive, DeliveredNotifications delivered, ILogger<StepOpenedCards> logger)
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var @case = await store.LoadAsync(message.CaseId, cancellationToken);
        var stepId = Guid.TryParse(message.Data.GetValueOrDefault("stepId"), out var id) ? id : Guid.Empty;
        if (@case?.Steps.FirstOrDefault(s => s.Id == stepId) is not { Status: StepStatus.Open } step)
        {
            NotOpen(logger, message.IdempotencyKey, stepId);
            return;
        }

        // Addressed when the step opened or was reassigned; only those who may act now get the card (a later reassignment
        // has its own message).
        IReadOnlyList<StaffMember> addressed = roster.Find(message.Recipient) is { } person ? [person] : roster.Holding(message.Recipient);
        var acting = cards.ActingPeople(step);
        var recipients = addressed.Where(a => acting.Any(p => string.Equals(p.Id, a.Id, StringComparison.OrdinalIgnoreCase))).ToList();
        if (recipients.Count == 0)
        {
            NobodyToTell(logger, message.IdempotencyKey, message.Recipient);
            return;
        }

        foreach (var recipient in recipients.Where(r => !delivered.Contains(message.IdempotencyKey, r.Id)))
        {
            if (await proactive.SendAsync(recipient, locale => cards.BuildAsync(@case, step, recipient, null, locale, cancellationToken),
                $"step card {step.Kind}", cancellationToken))
            {
                delivered.Add(message.IdempotencyKey, recipient.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Step card (key {IdempotencyKey}) not sent: step {StepId} is no longer open")]
    private static partial void NotOpen(ILogger logger, string idempotencyKey, Guid stepId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Step card (key {IdempotencyKey}): nobody on the staff roster who is or holds {Recipient} may act on the step now")]
    private static partial void NobodyToTell(ILogger logger, string idempotencyKey, string recipient);
}
