using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow;

/// <summary>
/// Who may see and add a case's documents and see its shared links (<c>DOC-ACCESS</c>): managers and the case-wide
/// roles on every case; anyone else (auditors, experts, mystery shoppers) only on a case whose initial or
/// surveillance team they are or were on, whose mystery shopper they are, or whose step they hold or held.
/// </summary>
public static class CaseAccessPolicy
{
    public const string RuleId = "DOC-ACCESS";

    /// <summary>Roles whose work spans every case: they need every case's file.</summary>
    public static IReadOnlySet<string> CaseWideRoles { get; } = new HashSet<string>(
        [StaffRoles.Manager, StaffRoles.ProgrammeManager, StaffRoles.ApplicationReviewer, StaffRoles.TechnicalCommittee, StaffRoles.DecisionMaker],
        StringComparer.Ordinal);

    public static bool MayAccess(CertificationCase @case, Actor actor) =>
        actor.Roles.Any(CaseWideRoles.Contains) || IsInvolved(@case, actor.Id);

    /// <summary>Throws <see cref="ActorNotAllowedException"/> (<c>DOC-ACCESS</c>, naming the case number) unless <see cref="MayAccess"/>.</summary>
    public static void Ensure(CertificationCase @case, Actor actor)
    {
        if (!MayAccess(@case, actor))
        {
            throw Refusal(@case.Number);
        }
    }

    public static ActorNotAllowedException Refusal(string caseNumber) => new(RuleId,
        $"{RuleId}：您不在案件 {caseNumber} 的审核组中，也未承担其步骤，无权访问其文件和链接 / "
        + $"{RuleId}: you are not on the team of case {caseNumber} and hold no step of it, so you may not access its documents and links");

    private static bool IsInvolved(CertificationCase @case, string actorId)
    {
        var facts = @case.Facts;
        return OnTeam(facts.Team, actorId)
            || facts.Surveillances.Any(s => OnTeam(s.Team, actorId))
            || facts.MysteryShopperId == actorId
            || facts.Programme?.MysteryShopperId == actorId
            || @case.Steps.Any(s => !IsTeamAcceptance(s) && (s.AssigneeId == actorId || s.CompletedBy == actorId));
    }

    // Answering a team assignment is not work on the case: team membership decides, so a member removed by a declared
    // conflict of interest (LS-R03) or a refusal does not keep access through the answer they gave.
    private static bool IsTeamAcceptance(PendingStep step) => step.Kind.EndsWith("team-acceptance", StringComparison.Ordinal);

    // A member removed before serving (declined, or a declared conflict of interest, LS-R03) was never on the team.
    private static bool OnTeam(IEnumerable<TeamMemberFacts> team, string actorId) =>
        team.Any(m => m.PersonId == actorId && m.Status != TeamMemberStatus.Removed);
}
