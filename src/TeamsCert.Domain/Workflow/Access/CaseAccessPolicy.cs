using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Access;

/// <summary>
/// Who may do what on a case, from <see cref="CaseAccessTable"/>: a person reaches as far as the furthest of their roles;
/// "involved" means on the case's initial or a surveillance team (not removed), its mystery shopper, or holding or having
/// held one of its steps (a team acceptance aside). Refusals name one stable rule id per meaning: <c>DOC-STAFF</c>
/// (applicants and people without a staff role never use a staff surface), <c>LINK-ROLE</c> and <c>CASE-OPEN</c> (the
/// role may never do that), <c>DOC-ACCESS</c> (not your case).
/// </summary>
public static class CaseAccessPolicy
{
    /// <summary>Not your case: the role reaches only involved cases, or never this kind of case's data.</summary>
    public const string RuleId = "DOC-ACCESS";

    /// <summary>Applicants (and people without a staff role) never use the staff surfaces.</summary>
    public const string StaffOnlyRuleId = "DOC-STAFF";

    /// <summary>Only the roles the table gives <see cref="CaseOperation.ManageLinks"/> create and revoke applicant links.</summary>
    public const string LinkRoleRuleId = "LINK-ROLE";

    /// <summary>Only the roles that receive applications open cases.</summary>
    public const string OpenCaseRuleId = "CASE-OPEN";

    /// <summary>How far the actor reaches for the operation: the furthest of their roles.</summary>
    public static CaseReach Reach(Actor actor, CaseOperation operation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Roles.Select(r => CaseAccessTable.Reach(r, operation)).DefaultIfEmpty(CaseReach.Never).Max();
    }

    public static bool May(CertificationCase @case, Actor actor, CaseOperation operation)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return May(actor, operation, () => IsInvolved(@case, actor.Id));
    }

    /// <summary>For lists read from rows: the same answer from the case's facts and who holds or held its steps.</summary>
    public static bool May(CaseFacts facts, IEnumerable<StepParticipation> steps, Actor actor, CaseOperation operation) =>
        May(actor, operation, () => IsInvolved(facts, steps, actor.Id));

    public static bool IsInvolved(CertificationCase @case, string actorId)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return IsInvolved(@case.Facts, @case.Steps.Select(StepParticipation.Of), actorId);
    }

    public static bool IsInvolved(CaseFacts facts, IEnumerable<StepParticipation> steps, string actorId)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return OnTeam(facts.Team, actorId)
            || facts.Surveillances.Any(s => OnTeam(s.Team, actorId))
            || facts.MysteryShopperId == actorId
            || facts.Programme?.MysteryShopperId == actorId
            || steps.Any(s => !IsTeamAcceptance(s) && (s.AssigneeId == actorId || s.CompletedBy == actorId));
    }

    /// <summary>The refusal for an operation the actor may not do (on <paramref name="caseNumber"/>, when there is a case).</summary>
    public static ActorNotAllowedException Refusal(Actor actor, CaseOperation operation, string? caseNumber)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Roles.Any(CaseAccessTable.IsStaffRole))
        {
            return new ActorNotAllowedException(StaffOnlyRuleId,
                $"{StaffOnlyRuleId}：只有工作人员可以使用此功能，申请人请使用收到的链接 / {StaffOnlyRuleId}: only staff may use this; applicants use the link they were sent");
        }

        return (Reach(actor, operation), operation) switch
        {
            (CaseReach.Never, CaseOperation.ManageLinks) => new ActorNotAllowedException(LinkRoleRuleId,
                $"{LinkRoleRuleId}：只有方案管理人员、申请评审员或经理可以管理申请人链接 / {LinkRoleRuleId}: only programme managers, application reviewers and managers manage applicant links"),
            (CaseReach.Never, CaseOperation.OpenCase) => new ActorNotAllowedException(OpenCaseRuleId,
                $"{OpenCaseRuleId}：只有申请评审人员或经理可以受理申请、开立案件 / {OpenCaseRuleId}: only application reviewers and managers receive applications and open cases"),
            _ when caseNumber is null => new ActorNotAllowedException(RuleId,
                $"{RuleId}：您的角色无权执行此操作 / {RuleId}: your role may not do this"),
            _ => new ActorNotAllowedException(RuleId,
                $"{RuleId}：您不在案件 {caseNumber} 的审核组中，也未承担其步骤，无权查看或办理 / "
                + $"{RuleId}: you are not on the team of case {caseNumber} and hold no step of it, so you may not see or work on it"),
        };
    }

    private static bool May(Actor actor, CaseOperation operation, Func<bool> involved) => Reach(actor, operation) switch
    {
        CaseReach.Every => true,
        CaseReach.Involved => involved(),
        _ => false,
    };

    // Answering a team assignment is not work on the case: team membership decides, so a member removed by a declared
    // conflict of interest (LS-R03) or a refusal does not keep access through the answer they gave.
    private static bool IsTeamAcceptance(StepParticipation step) => step.Kind.EndsWith("team-acceptance", StringComparison.Ordinal);

    // A member removed before serving (declined, or a declared conflict of interest, LS-R03) was never on the team.
    private static bool OnTeam(IEnumerable<TeamMemberFacts> team, string actorId) =>
        team.Any(m => m.PersonId == actorId && m.Status != TeamMemberStatus.Removed);
}
