using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Bot.Cards.Steps;
using TeamsCert.Web.Bot.Users;

namespace TeamsCert.Web.Bot.Steps;

/// <summary>
/// The card of an open step as one viewer sees it. Actors are the assignee, or everyone holding the step's role while
/// nobody is assigned, plus the viewer when the runtime would let them act (a manager): the card only mirrors the runtime,
/// which decides again on every action (separation of duties is never left to the UI).
/// </summary>
public sealed class StepCardFactory(
    RulesRuntime rules, StaffRoster roster, IStaffDirectory staff, StaffAddressBook addresses, StepCardBuilder builder, TimeProvider time,
    StepFactsQuery facts)
{
    private static readonly HashSet<string> _triggerSteps = new(["certificate-status", "surveillance-decision", "special-audit-decision"], StringComparer.Ordinal);
    private static readonly HashSet<string> _teamSteps = new(["team-assignment", "surveillance-team-assignment", "certificate-status"], StringComparer.Ordinal);

    /// <summary>
    /// The card for <paramref name="viewer"/>. Teams matches <c>refresh.userIds</c> and the viewer by Teams user id, so
    /// actors are named by the Teams id of their stored conversation (the viewer's own id when given), else by staff id.
    /// </summary>
    /// <param name="problem">A refused answer: the same form comes back with the message beside the field.</param>
    /// <param name="tasksPage">The "my tasks" page the step was opened from, for the way back.</param>
    public async Task<AdaptiveCard> BuildAsync(
        CertificationCase @case, PendingStep step, Person? viewer, string? viewerTeamsId, string? locale, CancellationToken cancellationToken,
        InputProblem? problem = null, int? tasksPage = null)
    {
        var model = Model(@case, step, viewer) with
        {
            Facts = await facts.ForAsync(@case, step, cancellationToken),
            Problem = problem,
            TasksPage = tasksPage,
        };
        var teamsIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (viewer is not null && viewerTeamsId is not null)
        {
            teamsIds[viewer.Id] = viewerTeamsId;
        }

        foreach (var actor in model.Actors.Where(a => !teamsIds.ContainsKey(a.Id)))
        {
            if (roster.Find(actor.Id) is { } member && await addresses.FindAsync(member, cancellationToken) is { } reference)
            {
                teamsIds[actor.Id] = reference.UserId;
            }
        }

        var actors = model.Actors.Select(a => teamsIds.TryGetValue(a.Id, out var id) ? a with { Id = id } : a).ToList();
        var viewerId = viewer is null ? null : teamsIds.GetValueOrDefault(viewer.Id, viewer.Id);
        return builder.Build(model with { Actors = actors }, viewerId, locale, ShanghaiTime.Today(time));
    }

    public StepCardModel Model(CertificationCase @case, PendingStep step, Person? viewer)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(step);
        var ruleSet = rules.Schemes.Version(@case.Scheme, @case.RuleSetVersion);
        var process = new CaseProcess(ruleSet, rules.Calendar);
        var header = new CardCase(@case.Id, @case.Number, @case.Organization, @case.Scheme, @case.Stage);
        var auditKind = @case.Facts.PreviousCertificates.Count > 0 ? "recertification" : "initial";
        return new StepCardModel(header, step.Id, step.Kind, process.Actions(step.Kind), step.Paused ? null : step.DueOn, step.DueRuleId, Actors(step, viewer))
        {
            Role = step.Role,
            DueProvisional = step.DueProvisional,
            Paused = step.Paused,
            Outcomes = step.Kind switch
            {
                "certification-decision" => OutcomeOption.For(ruleSet.Outcomes, auditKind),
                "surveillance-decision" => OutcomeOption.For(ruleSet.Outcomes, "surveillance"),
                _ => [],
            },
            Triggers = _triggerSteps.Contains(step.Kind) ? TriggerOption.Leaving(ruleSet.Certificate, @case.Facts.Certificate?.State) : [],
            Team = _teamSteps.Contains(step.Kind) ? Team(ruleSet, @case) : null,
        };
    }

    /// <summary>Who may act now: the same test as the runtime's (role held, or assigned), shown per person.</summary>
    public IReadOnlyList<Person> ActingPeople(PendingStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.AssigneeId is { } assignee)
        {
            return roster.Find(assignee) is { } person ? [person] : [];
        }

        return roster.Holding(step.Role);
    }

    private List<Person> Actors(PendingStep step, Person? viewer)
    {
        var people = ActingPeople(step).Select(p => new Person(p.Id, p.Name)).ToList();
        if (step.AssigneeId is null && people.Count == 0)
        {
            people.Add(new Person($"role:{step.Role}", step.Role));
        }

        var viewerMayAct = viewer is not null && (viewer.ToActor().Has(step.Role) || string.Equals(step.AssigneeId, viewer.Id, StringComparison.OrdinalIgnoreCase));
        if (viewerMayAct && people.All(p => p.Id != viewer!.Id))
        {
            people.Add(new Person(viewer!.Id, viewer.Name));
        }

        return people;
    }

    private TeamPickerModel Team(SchemeRuleSet ruleSet, CertificationCase @case)
    {
        // Only people with an auditor registration can be offered; the domain's picker judges each of them.
        var candidates = staff.People.Where(p => p.Registrations.Count > 0).ToList();
        EligibilityQuery Query(TeamRole role) => new(ruleSet.Scheme, @case.Organization, role, ShanghaiTime.Today(time), candidates)
        {
            ConflictsOfInterest = staff.ConflictsWith(@case.Organization),
        };
        return TeamPickerModel.From(
            TeamRuleCheck.EligibleAuditors(ruleSet.EffectiveTeamRules, Query(TeamRole.TeamLeader)),
            TeamRuleCheck.EligibleAuditors(ruleSet.EffectiveTeamRules, Query(TeamRole.Auditor)));
    }
}
