using TeamsCert.Domain.AuditTeams;

namespace TeamsCert.Domain.Workflow.Decisions;

// TEL-R01, AS-R01, A-13 (ISO/IEC 17065 §7.6.2): nobody who audited the case, or shopped for it, decides on it.
internal static class DecisionIndependence
{
    public static void Ensure(StepContext context)
    {
        if (context.RuleSet.EffectiveTeamRules.DecisionMakerNotInAuditTeam is not { } ruleId)
        {
            return;
        }

        var facts = context.Case.Facts;
        var audits = facts.Audits.Select(a => new AuditTeam(a.Kind, a.Start,
            [.. a.MemberIds.Append(a.LeaderId).Distinct(StringComparer.Ordinal).Select(id => new AuditTeamMember(id, TeamRole.Auditor))])
        {
            EndDate = a.End,
            MysteryShopperIds = facts.MysteryShopperId is { } shopper ? [shopper] : [],
        }).ToList();
        var request = new TeamCheckRequest(context.Case.Scheme, context.Case.Organization, audits, []) { DecisionMakerId = context.Actor.Id };
        if (context.RuleSet.CheckTeam(request).FirstOrDefault(b => b.RuleId == ruleId && b.PersonId == context.Actor.Id) is { } breach)
        {
            throw new ActorNotAllowedException(ruleId, $"{ruleId}: {breach.Message.ZhCn} / {breach.Message.En}");
        }
    }
}
