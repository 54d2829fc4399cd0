using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow.AuditTeams;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.SpecialAudits;

// The programme manager's special-audit request on the certified case (a certificate-status action that leaves that
// step open): trigger and description journaled with the seed section, the team checked with the scheme's rules, and
// at short notice AS-R04 (a conflict of interest is an error) and TEL-R04 (the extra care must be on record).
internal static class SpecialAuditRequest
{
    public const string Action = "special-audit-request";

    public static void Handle(StepContext context, IReadOnlyDictionary<string, string> data)
    {
        if (!context.Actor.Has(StaffRoles.ProgrammeManager))
        {
            throw new ActorNotAllowedException("ROLE", "特殊审查须由方案管理人员提出 / a special audit is requested by the programme manager");
        }

        var @case = context.Case;
        if (@case.Facts.SpecialAudits.Any(s => s.Outcome is null))
        {
            throw new InvalidInputException("action", "已有特殊审查尚未决定 / a special audit is already under way");
        }

        var trigger = SpecialAuditTrigger.Find(@case.Scheme, StepContext.Required(data, "trigger"));
        var description = StepContext.Required(data, "description");
        var shortNotice = StepData.Flag(data, "shortNotice");
        var extraCare = StepData.Optional(data, "extraCareNote");
        var teamRules = context.RuleSet.EffectiveTeamRules;
        if (shortNotice && teamRules.ShortNoticeExtraCare is { } careRule && extraCare is null)
        {
            throw new RuleViolationException(careRule,
                $"{careRule}：提前较短时间通知的审查，获证组织无法反对审查组，须记录指派时给予的额外关注 / "
                + $"{careRule}: at short notice the client cannot object to the team; record the extra care taken in data.extraCareNote",
                "data.extraCareNote");
        }

        var input = StepData.Json<List<TeamMemberInput>>(data, "team");
        var leader = input.FirstOrDefault(m => m.Role == TeamRole.TeamLeader)
            ?? throw new InvalidInputException("data.team", "审查组须有组长 / data.team needs a teamLeader");
        var people = input.Select((m, i) => context.Process.Staff.Find(m.Id)
            ?? throw new InvalidInputException($"data.team[{i}].id", $"人员目录中没有 {m.Id} / {m.Id} is not in the staff directory")).ToList();
        var number = @case.Facts.SpecialAudits.Count + 1;
        var team = new AuditTeam($"special{number}", StepData.OptionalDate(data, "plannedStart") ?? context.Today,
            [.. input.Select(m => new AuditTeamMember(m.Id, m.Role, m.Supervisor))])
        {
            IsShortNotice = shortNotice,
            ExtraCareRecord = extraCare,
        };
        var request = new TeamCheckRequest(@case.Scheme, @case.Organization, [team], people)
        {
            ConflictsOfInterest = [.. StaffConflicts.Of(context)],
        };
        context.Enforce(context.RuleSet.CheckTeam(request), "data.team");

        @case.Facts.SpecialAuditsList.Add(new SpecialAuditFacts
        {
            Number = number,
            Trigger = trigger.Code,
            Description = description,
            RequestedOn = context.Today,
            ShortNotice = shortNotice,
            ExtraCareNote = extraCare,
            LeaderId = leader.Id,
            MemberIdsList = [.. input.Select(m => m.Id).Distinct(StringComparer.Ordinal)],
        });
        context.Record("special-audit.requested", description, null, new Dictionary<string, string>
        {
            ["number"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["trigger"] = trigger.Code,
            ["source"] = trigger.Source,
            ["shortNotice"] = shortNotice.ToString(),
            ["team"] = string.Join(",", input.Select(m => m.Id)),
        });
        context.OpenFor(SpecialAuditHandler.StepKind, StaffRoles.ProgrammeManager, leader.Id);
        context.Notify("special-audit", StaffRoles.Applicant, ("trigger", trigger.Code), ("shortNotice", shortNotice.ToString()));
    }
}
