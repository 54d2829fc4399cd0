using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.AuditTeams;

/// <summary>
/// The programme manager assigns the audit team (leader, auditors, technical experts with their supervisor), checked
/// with the scheme's team rules (TEL-R02/R03/R06, AS-R02/R03/R06, LS-R03 …); each new member is then asked to accept.
/// </summary>
public sealed class TeamAssignmentHandler : IStepHandler
{
    public const string StepKind = "team-assignment";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["assign"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var @case = context.Case;
        var input = StepData.Json<List<TeamMemberInput>>(data, "team");
        if (input.Count == 0)
        {
            throw new InvalidInputException("data.team", "审核组不能为空 / data.team must list at least one member");
        }

        var people = input.Select((m, i) => context.Process.Staff.Find(m.Id)
            ?? throw new InvalidInputException($"data.team[{i}].id", $"人员目录中没有 {m.Id} / {m.Id} is not in the staff directory")).ToList();
        var start = StepData.OptionalDate(data, "plannedStart") ?? context.Today;
        var audit = new AuditTeam("initial", start, [.. input.Select(m => new AuditTeamMember(m.Id, m.Role, m.Supervisor))])
        {
            EndDate = StepData.OptionalDate(data, "plannedEnd"),
        };
        var declared = @case.Facts.Team.Where(m => m.Conflict is not null)
            .Select(m => new ConflictOfInterest(m.PersonId, @case.Organization, m.Conflict!, m.AnsweredOn ?? context.Today));
        var request = new TeamCheckRequest(@case.Scheme, @case.Organization, [audit], people)
        {
            ConflictsOfInterest = [.. StaffConflicts.Of(context), .. declared],
        };
        context.Enforce(context.RuleSet.CheckTeam(request), "data.team");

        var asked = Reassign(context, input);
        context.Complete("assigned", data, StepData.Optional(data, "comment"));
        if (asked == 0 && !@case.Steps.Any(s => s.Kind == TeamAcceptanceHandler.StepKind && s.Status == StepStatus.Open))
        {
            TeamAcceptanceHandler.StartPlanning(context);
        }
    }

    // Members who already accepted the same place stay; everyone else new is asked; people left out are removed.
    private static int Reassign(StepContext context, List<TeamMemberInput> input)
    {
        var team = context.Case.Facts.TeamList;
        foreach (var old in team.Where(m => m.Status != TeamMemberStatus.Removed && !input.Any(i => i.Id == m.PersonId && i.Role == m.Role)))
        {
            old.Status = TeamMemberStatus.Removed;
            old.Remark ??= "reassigned";
            if (context.Case.Steps.FirstOrDefault(s => s.Kind == TeamAcceptanceHandler.StepKind && s.Status == StepStatus.Open && s.AssigneeId == old.PersonId) is { } stale)
            {
                context.Case.Cancel(stale, context.Actor, context.Now, "team reassigned");
            }
        }

        var asked = 0;
        foreach (var member in input.Where(i => !team.Any(m => m.Status != TeamMemberStatus.Removed && m.PersonId == i.Id && m.Role == i.Role)))
        {
            team.Add(new TeamMemberFacts { PersonId = member.Id, Role = member.Role, SupervisorId = member.Supervisor, Status = TeamMemberStatus.Proposed });
            context.OpenFor(TeamAcceptanceHandler.StepKind, TeamRoles.Code(member.Role), member.Id);
            asked++;
        }

        return asked;
    }
}
