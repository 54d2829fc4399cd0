using TeamsCert.Domain;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Bot.Cards.Notices;

namespace TeamsCert.Web.Bot.Steps;

/// <summary>
/// <c>step.reassign</c> (escalation card, a choice of the people <see cref="TeamsCert.Domain.Workflow.StepCandidates"/> allows):
/// a manager gives the step to someone else; the runtime refuses anyone else with the rule id (ROLE or the team rule).
/// </summary>
public sealed class StepReassignInvoke(CaseActions actions, StaffRoster roster, OutcomeCardBuilder outcomeCard, TimeProvider time)
{
    public async Task<AdaptiveCard> ReassignAsync(CardActionRequest request, Guid caseId, Guid stepId, Person user, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        var assignee = request.Get("assignee") ?? throw new InvalidInputException("assignee", "请指定新的处理人 / assignee is required");
        var reason = request.Get("reason") ?? string.Empty;
        var @case = await actions.AssignAsync(caseId, stepId, assignee, reason, user.ToActor(), cancellationToken);
        var step = @case.Steps.Single(s => s.Id == stepId);
        var to = roster.Find(assignee)?.Name ?? assignee;
        var model = new ActionOutcomeModel(StepOutcomes.Header(@case), stepId, step.Kind, "reassign", new Person(user.Id, user.Name), time.GetUtcNow())
        {
            Outcome = to,
            Comment = reason,
            RuleId = step.DueRuleId,
        };
        return outcomeCard.Build(model, locale);
    }
}
