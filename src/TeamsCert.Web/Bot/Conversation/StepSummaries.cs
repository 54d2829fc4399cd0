using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Cases;

namespace TeamsCert.Web.Bot.Conversation;

/// <summary>Open steps as the cards list them: the case header and who is to act (a name, else the role).</summary>
public sealed class StepSummaries(StaffRoster roster)
{
    public StepSummary From(OpenStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var @case = new CardCase(step.CaseId, step.Number, step.Organization, step.Scheme, step.Stage);
        return new StepSummary(@case, step.StepId, step.Kind, step.DueOn, step.DueRuleId) { Assignee = WhoActs(step.AssigneeId, step.Role) };
    }

    public string WhoActs(string? assigneeId, string role) =>
        assigneeId is null ? role : roster.Find(assigneeId)?.Name ?? assigneeId;
}
