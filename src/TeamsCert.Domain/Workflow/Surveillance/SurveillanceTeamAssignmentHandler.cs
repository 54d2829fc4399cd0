using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow.AuditTeams;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Surveillance;

/// <summary>
/// The programme manager assigns the surveillance audit's own team, checked with the scheme's team rules like the
/// initial team (TEL-R02/R03/R06, AS-R02/R03/R06, LS-R03); each member then accepts with a conflict declaration.
/// </summary>
public sealed class SurveillanceTeamAssignmentHandler : IStepHandler
{
    public const string StepKind = "surveillance-team-assignment";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["assign"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var @case = context.Case;
        var surveillance = @case.Facts.Surveillances.First(s => s.DoneOn is null);
        var input = StepData.Json<List<TeamMemberInput>>(data, "team");
        if (input.Count == 0)
        {
            throw new InvalidInputException("data.team", "审核组不能为空 / data.team must list at least one member");
        }

        var people = input.Select((m, i) => context.Process.Staff.Find(m.Id)
            ?? throw new InvalidInputException($"data.team[{i}].id", $"人员目录中没有 {m.Id} / {m.Id} is not in the staff directory")).ToList();
        var start = StepData.OptionalDate(data, "plannedStart") ?? context.Today;
        var audit = new AuditTeam($"surveillance{surveillance.Number}", start, [.. input.Select(m => new AuditTeamMember(m.Id, m.Role, m.Supervisor))]);
        var declared = surveillance.Team.Where(m => m.Conflict is not null)
            .Select(m => new ConflictOfInterest(m.PersonId, @case.Organization, m.Conflict!, m.AnsweredOn ?? context.Today));
        var request = new TeamCheckRequest(@case.Scheme, @case.Organization, [audit], people)
        {
            ConflictsOfInterest = [.. StaffConflicts.Of(context), .. declared],
        };
        context.Enforce(context.RuleSet.CheckTeam(request), "data.team");

        foreach (var old in surveillance.Team.Where(m => m.Status == TeamMemberStatus.Proposed))
        {
            old.Status = TeamMemberStatus.Removed;
            old.Remark ??= "reassigned";
        }

        foreach (var stale in @case.Steps.Where(s => s.Kind == SurveillanceTeamAcceptanceHandler.StepKind && s.Status == StepStatus.Open).ToList())
        {
            @case.Cancel(stale, context.Actor, context.Now, "team reassigned");
        }

        context.Complete("assigned", data, StepData.Optional(data, "comment"));
        foreach (var member in input)
        {
            surveillance.TeamList.Add(new TeamMemberFacts { PersonId = member.Id, Role = member.Role, SupervisorId = member.Supervisor, Status = TeamMemberStatus.Proposed });
            context.OpenFor(SurveillanceTeamAcceptanceHandler.StepKind, TeamRoles.Code(member.Role), member.Id);
        }
    }
}
