using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Bot;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Bot.Cards.Notices;
using TeamsCert.Web.Bot.Cards.Steps;
using TeamsCert.Web.Cases;

namespace TeamsCert.Web.Bot.Steps;

/// <summary>
/// <c>step.act</c>: acts on the step as the resolved staff member and answers with the outcome card. The idempotency key
/// is the card's message, step, action and user, so a double click (or Teams resending the invoke) acts once. After
/// the answer, the original message is updated for everyone and the next steps' cards go to whoever is to act.
/// </summary>
public sealed class StepActInvoke(CaseActions actions, CaseQueries queries, StepOutcomes outcomes, OutcomeCardBuilder outcomeCard, BotFollowUps followUps)
{
    public async Task<AdaptiveCard> ActAsync(BotActivity activity, CardActionRequest request, Guid caseId, Guid stepId, StaffMember user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(request);
        var action = request.Get("action") ?? throw new InvalidInputException("action", "请指定操作 / action is required");
        var data = StepInputIds.ToStepData(action, request.Data);
        var before = await queries.StepIdsAsync(caseId, cancellationToken);
        var (@case, replayed) = await actions.ActAsync(caseId, stepId, action, data, IdempotencyKey(activity, stepId, action, user), user.ToActor(), cancellationToken);
        var step = @case.Steps.Single(s => s.Id == stepId);
        var card = outcomeCard.Build(outcomes.For(@case, step, action, data.GetValueOrDefault("comment")), activity.Locale);
        if (!replayed)
        {
            var next = @case.Steps.Where(s => s.Status == StepStatus.Open && !before.Contains(s.Id)).Select(s => s.Id).ToList();
            FollowUp(activity, card, caseId, next);
        }

        return card;
    }

    /// <summary>Teams gives each click a new activity id, so the key is built from what the click means, not its id.</summary>
    public static string IdempotencyKey(BotActivity activity, Guid stepId, string action, StaffMember user)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(user);
        var message = activity.ReplyToId ?? activity.Id ?? "none";
        return $"bot:{message}:{stepId:N}:{action}:{user.Id}";
    }

    private void FollowUp(BotActivity activity, AdaptiveCard card, Guid caseId, List<Guid> nextSteps)
    {
        if (activity is { ReplyToId: { Length: > 0 } replyToId, ServiceUrl: { } serviceUrl, Conversation.Id: { } conversationId })
        {
            followUps.Run("update the acted-on card", (services, ct) => services.GetRequiredService<IBotConnector>()
                .UpdateAsync(serviceUrl, conversationId, replyToId, CardActivities.Message(card, activity.Locale), ct));
        }

        if (nextSteps.Count > 0)
        {
            followUps.Run("send the next steps' cards", (services, ct) => services.GetRequiredService<NextStepCards>().SendAsync(caseId, nextSteps, ct));
        }
    }
}
