using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Workflow.Audits;
using TeamsCert.Domain.Workflow.AuditTeams;
using TeamsCert.Domain.Workflow.SpecialAudits;
using TeamsCert.Domain.Workflow.Surveillance;

namespace TeamsCert.Domain.Workflow;

/// <summary>A person judged for one step: allowed when nothing excludes them; else each exclusion names its rule.</summary>
public sealed record StepCandidate(string PersonId, string Name, IReadOnlyList<RuleBreach> Exclusions)
{
    public bool Allowed => Exclusions.Count == 0;

    public IReadOnlyList<string> ExcludedBy => [.. Exclusions.Select(e => e.RuleId).Distinct(StringComparer.Ordinal)];
}

/// <summary>
/// Who may hold a step (the one home for reassignment, delegation and acting on an assigned step): a person of the
/// staff directory who holds the step's role (<c>ROLE</c>) and, on an auditing step, is qualified for the scheme
/// (TEL-R02, AS-R02 …, through the team rules' eligible-auditor picker) and has declared no conflict of interest with
/// the case's organisation (LS-R03, AS-R04 …); on a decision step, no one who took part in the case's audits
/// (TEL-R01, AS-R01, A-13).
/// </summary>
public static class StepCandidates
{
    public const string RoleRuleId = "ROLE";

    private static readonly string[] _auditingRoles = [StaffRoles.TeamLeader, StaffRoles.Auditor, StaffRoles.TechnicalExpert, StaffRoles.MysteryShopper];

    /// <summary>
    /// The roles that qualify for a step: its own role; a special audit is led by the team leader; a mystery-shopping
    /// visit may be made by a team auditor (AS modes B/D).
    /// </summary>
    public static IReadOnlyList<string> RolesFor(PendingStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Kind switch
        {
            SpecialAuditHandler.StepKind => [step.Role, StaffRoles.TeamLeader],
            MysteryShoppingHandler.StepKind => [step.Role, StaffRoles.Auditor, StaffRoles.TeamLeader],
            _ => [step.Role],
        };
    }

    /// <summary>Whether the step is done by someone on (or for) an audit team: competence and independence apply.</summary>
    public static bool IsAuditing(PendingStep step) => RolesFor(step).Any(r => _auditingRoles.Contains(r, StringComparer.Ordinal));

    /// <summary>Everyone in the directory holding one of the step's roles, each judged; the allowed first, then by name.</summary>
    public static IReadOnlyList<StepCandidate> For(CaseProcess process, CertificationCase @case, PendingStep step, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(process);
        var roles = RolesFor(step);
        return [.. process.Staff.People.Where(p => p.Roles.Any(r => roles.Contains(r, StringComparer.Ordinal)))
            .Select(p => Judge(process, @case, step, p.Id, today))
            .OrderBy(c => c.Allowed ? 0 : 1).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    /// <summary>One person judged for the step (a person the directory does not know is excluded by <c>ROLE</c>).</summary>
    public static StepCandidate Judge(CaseProcess process, CertificationCase @case, PendingStep step, string personId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(step);
        var person = process.Staff.Find(personId.Trim()) ?? process.Staff.People.FirstOrDefault(p => string.Equals(p.Id, personId.Trim(), StringComparison.OrdinalIgnoreCase));
        if (person is null)
        {
            return new StepCandidate(personId, personId, [Breach(RoleRuleId, personId,
                $"“{personId}”不是本机构登记的人员", $"\"{personId}\" is not a person of the certification body")]);
        }

        var exclusions = new List<RuleBreach>();
        var roles = RolesFor(step);
        if (!person.Roles.Any(r => roles.Contains(r, StringComparer.Ordinal)))
        {
            exclusions.Add(Breach(RoleRuleId, person.Id, $"{person.Name} 不具备此步骤所需的角色", $"{person.Name} does not hold the role this step needs"));
        }

        var rules = process.RuleSet.EffectiveTeamRules;
        if (IsAuditing(step))
        {
            var teamRole = roles.Contains(StaffRoles.TeamLeader, StringComparer.Ordinal) ? TeamRole.TeamLeader
                : roles.Contains(StaffRoles.Auditor, StringComparer.Ordinal) ? TeamRole.Auditor : TeamRole.TechnicalExpert;
            var query = new EligibilityQuery(process.RuleSet.Scheme, @case.Organization, teamRole, today, [person])
            {
                ConflictsOfInterest = Conflicts(process, @case),
            };
            exclusions.AddRange(TeamRuleCheck.EligibleAuditors(rules, query).SelectMany(e => e.Exclusions));
        }

        if (step.Role == StaffRoles.DecisionMaker && rules.DecisionMakerNotInAuditTeam is { } independence
            && @case.Facts.Team.Concat(@case.Facts.Surveillances.SelectMany(s => s.Team)).Any(m => string.Equals(m.PersonId, person.Id, StringComparison.OrdinalIgnoreCase)))
        {
            exclusions.Add(Breach(independence, person.Id, $"{person.Name} 参加过本案件的审查，不能作为认证决定人员",
                $"{person.Name} took part in this case's audits and cannot decide on it"));
        }

        return new StepCandidate(person.Id, person.Name, exclusions);
    }

    /// <summary>Refuses a reassignment or delegation to anyone the rules do not allow, naming the first rule that excludes them.</summary>
    public static void EnsureAllowed(CaseProcess process, CertificationCase @case, PendingStep step, string personId, DateOnly today)
    {
        var candidate = Judge(process, @case, step, personId, today);
        if (!candidate.Allowed)
        {
            var first = candidate.Exclusions[0];
            throw new RuleViolationException(first.RuleId, $"{first.RuleId}: {first.Message.ZhCn} / {first.RuleId}: {first.Message.En}", "assignee");
        }
    }

    /// <summary>
    /// At the moment an assignee acts (managers act for anyone): on an auditing step they must still be free of a
    /// declared conflict with the organisation (a team acceptance is where a conflict
    /// is declared, so it stays open to them).
    /// </summary>
    internal static void EnsureStillAllowed(CaseProcess process, CertificationCase @case, PendingStep step, Actor actor)
    {
        if (step.AssigneeId is null || actor.Roles.Contains(StaffRoles.Manager) || actor.Id == Actor.System.Id)
        {
            return;
        }

        // The role is not re-checked here: the cycle itself assigns steps to people outside the step's role (the team
        // leader on a programme manager's step), so a named assignee's role was decided when they were named
        // (reassignment and delegation go through EnsureAllowed).
        if (IsAuditing(step) && step.Kind is not (TeamAcceptanceHandler.StepKind or SurveillanceTeamAcceptanceHandler.StepKind))
        {
            var rules = process.RuleSet.EffectiveTeamRules;
            var conflict = IndependenceRules.Conflicts(rules, Conflicts(process, @case), actor.Id, @case.Organization, false, null).FirstOrDefault();
            if (conflict is not null)
            {
                throw new ActorNotAllowedException(conflict.RuleId, $"{conflict.RuleId}: {conflict.Message.ZhCn} / {conflict.RuleId}: {conflict.Message.En}");
            }
        }
    }

    private static List<ConflictOfInterest> Conflicts(CaseProcess process, CertificationCase @case) =>
        [.. @case.OrganizationKeys.SelectMany(process.Staff.ConflictsWith).Select(c => c with { OrganisationId = @case.Organization })];

    private static RuleBreach Breach(string ruleId, string personId, string zh, string en) =>
        new(ruleId, RuleBreachSeverity.Error, personId, new LocalizedText(zh, en));
}
