using TeamsCert.Domain;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Bot.Cards.Notices;
using TeamsCert.Web.Bot.Cards.Steps;

namespace TeamsCert.Web.Bot.Steps;

/// <summary>
/// <c>step.act</c>: acts on the step as the resolved staff member and answers with the outcome card. The idempotency key
/// is the card's message, step, action and user, so a double click (or Teams resending the invoke) acts once. The update
/// of the original message (<see cref="ActedCardMessage"/>) is saved with the action, and the case itself queues the
/// next steps' cards (<c>step-opened</c>): the outbox delivers both, also after a crash.
/// </summary>
public sealed class StepActInvoke(CaseActions actions, StepOutcomes outcomes, OutcomeCardBuilder outcomeCard)
{
    public async Task<AdaptiveCard> ActAsync(BotActivity activity, CardActionRequest request, Guid caseId, Guid stepId, Person user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(request);
        var action = request.Get("action") ?? throw new InvalidInputException("action", "请指定操作 / action is required");
        var data = StepInputIds.ToStepData(action, request.Data);
        var comment = data.GetValueOrDefault("comment");
        var key = IdempotencyKey(activity, stepId, action, user);
        var acted = ActedCardMessage.For(activity, caseId, stepId, action, comment, key, user.Id);
        var (@case, _) = await actions.ActAsync(caseId, stepId, action, data, key, user.ToActor(), acted is null ? null : [acted], cancellationToken);
        var step = @case.Steps.Single(s => s.Id == stepId);
        var locale = request.Get(Cards.Common.CardVerbs.LangKey) ?? activity.Locale;
        return outcomeCard.Build(await outcomes.ForActedAsync(@case, step, action, comment, user.Id, cancellationToken), locale);
    }

    /// <summary>Teams gives each click a new activity id, so the key is built from what the click means, not its id.</summary>
    public static string IdempotencyKey(BotActivity activity, Guid stepId, string action, Person user)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(user);
        var message = activity.ReplyToId ?? activity.Id ?? "none";
        return $"bot:{message}:{stepId:N}:{action}:{user.Id}";
    }
}
