using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow.AuditTeams;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Surveillance;

/// <summary>
/// A surveillance team member accepts with a conflict-of-interest declaration, or declines; a declared conflict
/// (LS-R03) or a refusal reopens the assignment. When all have accepted, the team leader sends the surveillance plan.
/// </summary>
public sealed class SurveillanceTeamAcceptanceHandler : IStepHandler
{
    public const string StepKind = "surveillance-team-acceptance";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["accept", "decline"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var surveillance = context.Case.Facts.Surveillances.First(s => s.DoneOn is null);
        var member = surveillance.Team.Last(m => m.PersonId == context.Step.AssigneeId && m.Status == TeamMemberStatus.Proposed);
        member.AnsweredOn = context.Today;
        var conflictRule = context.RuleSet.EffectiveTeamRules.ConflictOfInterestRuleId(false);
        var conflict = action == "accept" ? ConflictDeclaration.Read(data) : null;
        if (action == "decline" || conflict is not null)
        {
            member.Status = TeamMemberStatus.Removed;
            member.Conflict = conflict;
            member.Remark = conflict is null ? "declined" : "conflict";
            context.Complete(member.Remark, data, conflict ?? StepContext.Required(data, "reason"), conflict is null ? null : conflictRule);
            if (context.Case.OpenStep(SurveillanceTeamAssignmentHandler.StepKind) is null)
            {
                context.Open(SurveillanceTeamAssignmentHandler.StepKind, StaffRoles.ProgrammeManager);
            }

            return;
        }

        member.Status = TeamMemberStatus.Accepted;
        context.Complete("accepted", data, "无利益冲突 / no conflict of interest declared", conflictRule);
        var waiting = context.Case.Steps.Any(s => s.Status == StepStatus.Open && s.Kind is StepKind or SurveillanceTeamAssignmentHandler.StepKind);
        if (waiting)
        {
            return;
        }

        var leader = surveillance.Team.FirstOrDefault(m => m.Status == TeamMemberStatus.Accepted && m.Role == TeamRole.TeamLeader)
            ?? throw new RuleViolationException(context.RuleSet.TeamRules.TeamLeaderAppointed ?? "TEL-R06", "审核组没有组长 / the team has no team leader", "data.team");
        context.OpenFor(SurveillanceAuditPlanHandler.StepKind, TeamRoles.TeamLeader, leader.PersonId);
    }
}
