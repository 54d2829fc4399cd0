using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Notices;

namespace TeamsCert.Web.Bot.Steps;

/// <summary>"Who did what, when" of a decided step, as the outcome card shows it.</summary>
public sealed class StepOutcomes(StaffRoster roster, CaseStore store)
{
    public static CardCase Header(CertificationCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return new(@case.Id, @case.Number, @case.Organization, @case.Scheme, @case.Stage);
    }

    /// <summary>
    /// The outcome of an action taken by <paramref name="actorId"/>. An action that leaves the step open (a deficiency
    /// notice pauses it) has no completion: who and when come from the journal entry the action saved.
    /// </summary>
    public async Task<ActionOutcomeModel> ForActedAsync(
        CertificationCase @case, PendingStep step, string? action, string? comment, string actorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(step);
        if (step.CompletedBy is not null && step.CompletedAt is not null)
        {
            return For(@case, step, action, comment);
        }

        var journal = await store.JournalAsync(@case.Id, cancellationToken);
        var entry = journal.LastOrDefault(r => string.Equals(r.ActorId, actorId, StringComparison.OrdinalIgnoreCase));
        return For(@case, step, action, comment) with
        {
            Actor = new Person(actorId, roster.Find(actorId)?.Name ?? actorId),
            At = entry?.At ?? @case.CreatedAt,
        };
    }

    /// <param name="action">The action taken; for a step decided elsewhere, its outcome stands in.</param>
    public ActionOutcomeModel For(CertificationCase @case, PendingStep step, string? action, string? comment)
    {
        ArgumentNullException.ThrowIfNull(step);
        var by = step.CompletedBy ?? "?";
        var actor = new Person(by, roster.Find(by)?.Name ?? by);
        return new ActionOutcomeModel(Header(@case), step.Id, step.Kind, action ?? step.Outcome ?? "done", actor, step.CompletedAt ?? DateTimeOffset.MinValue)
        {
            Outcome = step.Outcome,
            Comment = comment,
            RuleId = step.DueRuleId,
        };
    }
}
