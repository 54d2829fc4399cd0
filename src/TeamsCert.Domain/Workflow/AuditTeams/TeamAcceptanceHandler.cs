using TeamsCert.Domain.Workflow.Audits;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.AuditTeams;

/// <summary>
/// A team member accepts with a conflict-of-interest declaration, or declines. A declared conflict (LS-R03) or a
/// refusal removes the member and reopens the team assignment; when everyone has accepted, the leader plans the audit.
/// </summary>
public sealed class TeamAcceptanceHandler : IStepHandler
{
    public const string StepKind = "team-acceptance";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["accept", "decline"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var member = context.Case.Facts.Team.Last(m => m.PersonId == context.Step.AssigneeId && m.Status == TeamMemberStatus.Proposed);
        member.AnsweredOn = context.Today;
        if (action == "decline")
        {
            var reason = StepContext.Required(data, "reason");
            Remove(context, member, reason, "declined", data, null);
            return;
        }

        if (ConflictDeclaration.Read(data) is { } conflict)
        {
            member.Conflict = conflict;
            Remove(context, member, conflict, "conflict", data, context.RuleSet.EffectiveTeamRules.ConflictOfInterestRuleId(false));
            return;
        }

        member.Status = TeamMemberStatus.Accepted;
        context.Complete("accepted", data, "无利益冲突 / no conflict of interest declared", context.RuleSet.EffectiveTeamRules.ConflictOfInterestRuleId(false));
        var waiting = context.Case.Steps.Any(s => s.Status == StepStatus.Open && s.Kind is StepKind or TeamAssignmentHandler.StepKind);
        if (!waiting)
        {
            StartPlanning(context);
        }
    }

    internal static void StartPlanning(StepContext context)
    {
        var leader = context.Case.Facts.Leader ?? throw new RuleViolationException(context.RuleSet.TeamRules.TeamLeaderAppointed ?? "TEL-R06",
            "审核组没有组长 / the team has no team leader", "data.team");
        context.MoveTo(CaseStage.AuditPlanning);
        context.OpenFor(AuditPlanHandler.StepKind, TeamRoles.TeamLeader, leader.PersonId);
    }

    private static void Remove(StepContext context, TeamMemberFacts member, string reason, string outcome, IReadOnlyDictionary<string, string> data, string? ruleId)
    {
        member.Status = TeamMemberStatus.Removed;
        member.Remark = outcome;
        context.Complete(outcome, data, reason, ruleId);
        if (context.Case.OpenStep(TeamAssignmentHandler.StepKind) is null)
        {
            context.MoveTo(CaseStage.TeamAssignment, reason, ruleId);
            context.Open(TeamAssignmentHandler.StepKind, StaffRoles.ProgrammeManager);
        }
    }
}
