using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Links.Runtime;
using TeamsCert.Infrastructure.Outbox;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Links;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Bot.Cards.Notices;
using TeamsCert.Web.Bot.Conversation;
using TeamsCert.Web.Bot.Links;
using TeamsCert.Web.Bot.Steps;
using TeamsCert.Web.Bot.Users;

namespace TeamsCert.Web.Bot.Outbound;

/// <summary>
/// Delivers outbox messages as Teams cards: a person id goes to that person, a role to everyone holding it. A newly opened
/// step gets its own card (<see cref="StepOpenedCards"/>), an acted-on card its update (<see cref="ActedCardUpdates"/>),
/// reminders the reminder card, overdue escalations the escalation card (with the people the rules allow for the step as candidates, <see cref="StepCandidates"/>), the
/// applicant-link notice (<see cref="LinkNotices"/>) the link card, other kinds a notice. Recipients the bot cannot reach
/// yet are logged and skipped; a connector failure throws so the outbox retries.
/// </summary>
public sealed partial class TeamsOutboundSender(
    StaffRoster roster, CaseStore store, ProactiveCards proactive, StepSummaries summaries, DeliveredRecipients delivered,
    ReminderCardBuilder reminder, EscalationCardBuilder escalation, NoticeCardBuilder notice, LinkPanelQuery links, LinkCardBuilder linkCard, TimeProvider time,
    StepOpenedCards stepCards, ActedCardUpdates actedCards, CaseActions actions, ILogger<TeamsOutboundSender> logger) : IOutboundSender
{
    public async Task SendAsync(OutboundDelivery message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (message.Kind)
        {
            case CertificationCase.StepOpenedMessage:
                await stepCards.SendAsync(message, cancellationToken);
                return;
            case ActedCardMessage.Kind:
                await actedCards.SendAsync(message, cancellationToken);
                return;
        }

        IReadOnlyList<Person> recipients = roster.Find(message.Recipient) is { } person ? [person] : roster.Holding(message.Recipient);
        if (recipients.Count == 0)
        {
            NoRecipients(logger, message.Kind, message.Recipient, message.IdempotencyKey);
            return;
        }

        var card = await CardAsync(message, cancellationToken);
        foreach (var recipient in recipients.Where(r => !delivered.Contains(message.IdempotencyKey, r.Id)))
        {
            if (await proactive.SendAsync(recipient, card, message.Kind, cancellationToken))
            {
                delivered.Add(message.IdempotencyKey, recipient.Id);
            }
        }
    }

    private async Task<Func<string?, AdaptiveCard>> CardAsync(OutboundDelivery message, CancellationToken cancellationToken)
    {
        if (message.Kind == LinkNotices.Kind && await links.BuildAsync(message.CaseId, cancellationToken) is { } panel)
        {
            return locale => linkCard.Build(panel with { ApplicantMustAct = true }, locale);
        }

        var today = ShanghaiTime.Today(time);
        var @case = await store.LoadAsync(message.CaseId, cancellationToken);
        var header = @case is null ? null : new CardCase(@case.Id, @case.Number, @case.Organization, @case.Scheme, @case.Stage);
        var data = message.Data;
        if (header is not null && Guid.TryParse(data.GetValueOrDefault("stepId"), out var stepId) && data.GetValueOrDefault("stepKind") is { } kind)
        {
            var step = @case!.Steps.FirstOrDefault(s => s.Id == stepId);
            var due = step?.DueOn ?? (DateOnly.TryParse(data.GetValueOrDefault("due"), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null);
            var role = data.GetValueOrDefault("role") ?? step?.Role ?? string.Empty;
            var who = summaries.WhoActs(step?.AssigneeId ?? data.GetValueOrDefault("assignee"), role);
            var summary = new StepSummary(header, stepId, kind, due, NullIfEmpty(data.GetValueOrDefault("ruleId")) ?? step?.DueRuleId) { Assignee = who };
            switch (message.Kind)
            {
                case "deadline-reminder":
                    return locale => reminder.Build(summary, locale, today);
                case "deadline-overdue":
                    // Only the people the rules allow for this step (role, and on auditing steps competence and independence).
                    var candidates = step is null ? []
                        : actions.Candidates(@case!, step.Id).Where(c => c.Allowed && c.PersonId != step.AssigneeId).Select(c => new Person(c.PersonId, c.Name)).ToList();
                    return locale => escalation.Build(new EscalationModel(summary, who, candidates), locale, today);
            }
        }

        var model = new NoticeModel(message.Kind, data) { Case = header };
        return locale => notice.Build(model, locale);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbound message {Kind} (key {IdempotencyKey}): nobody on the staff roster is or holds {Recipient}")]
    private static partial void NoRecipients(ILogger logger, string kind, string recipient, string idempotencyKey);
}
