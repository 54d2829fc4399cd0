using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Outbox;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Web.Bot.Steps;
using TeamsCert.Web.Bot.Users;

namespace TeamsCert.Web.Bot.Outbound;

/// <summary>
/// Delivers a <c>step-opened</c> message as the step's own card, built for each recipient (so it shows only the actions
/// that person may take): to the step's assignee, or to each holder of its role while nobody is assigned. A step that is
/// no longer open when the message is delivered gets nothing (its card would only be a stale button), nor does a message
/// whose addressee the step has since been reassigned from.
/// </summary>
public sealed partial class StepOpenedCards(
    CaseStore store, StepCardFactory cards, ProactiveCards proactive, DeliveredRecipients delivered, ILogger<StepOpenedCards> logger)
{
    public async Task SendAsync(OutboundDelivery message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var @case = await store.LoadAsync(message.CaseId, cancellationToken);
        var stepId = Guid.TryParse(message.Data.GetValueOrDefault("stepId"), out var id) ? id : Guid.Empty;
        if (@case?.Steps.FirstOrDefault(s => s.Id == stepId) is not { Status: StepStatus.Open } step)
        {
            NotOpen(logger, message.IdempotencyKey, stepId);
            return;
        }

        // A reassignment since the message was queued has a message of its own: this one is superseded.
        if (!string.Equals(message.Recipient, step.AssigneeId ?? step.Role, StringComparison.OrdinalIgnoreCase))
        {
            Superseded(logger, message.IdempotencyKey, message.Recipient);
            return;
        }

        var recipients = cards.ActingPeople(step);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Step card (key {IdempotencyKey}) not sent: the step is no longer waiting for {Recipient}")]
    private static partial void Superseded(ILogger logger, string idempotencyKey, string recipient);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Step card (key {IdempotencyKey}): nobody on the staff roster is or holds {Recipient}")]
    private static partial void NobodyToTell(ILogger logger, string idempotencyKey, string recipient);
}
