namespace TeamsCert.Domain.AuditTeams;

// Who may hold which place on a team: technical experts, team leader, mystery shoppers.
internal static class CompositionRules
{
    // TEL-R03 (002 §7), AS-R03 (004 §5.3.1.3): a technical expert never audits and works under an auditor of the team.
    public static void TechnicalExperts(TeamRules rules, TeamCheckRequest request, List<RuleBreach> breaches)
    {
        if (rules.TechnicalExpertSupervised is not { } ruleId)
        {
            return;
        }

        foreach (var audit in request.Audits)
        {
            foreach (var expert in audit.Members.Where(m => m.Role == TeamRole.TechnicalExpert))
            {
                if (audit.Members.Any(m => TeamBreaches.Same(m.PersonId, expert.PersonId) && TeamBreaches.Audits(m.Role)))
                {
                    breaches.Add(TeamBreaches.Error(ruleId, expert.PersonId,
                        $"技术专家不能同时作为审查员（{audit.AuditId}）",
                        $"A technical expert cannot also act as auditor ({audit.AuditId})"));
                }

                var supervised = expert.SupervisorId is { } supervisor && !TeamBreaches.Same(supervisor, expert.PersonId)
                    && audit.Members.Any(m => TeamBreaches.Same(m.PersonId, supervisor) && TeamBreaches.Audits(m.Role));
                if (!supervised)
                {
                    breaches.Add(TeamBreaches.Error(ruleId, expert.PersonId,
                        $"技术专家须在本审查组审查员的监督下工作（{audit.AuditId}）",
                        $"A technical expert must work under the supervision of an auditor of the team ({audit.AuditId})"));
                }
            }
        }
    }

    // TEL-R06 (002 §9.1.4, §9.2.3): exactly one team leader per audit.
    public static void TeamLeader(TeamRules rules, TeamCheckRequest request, List<RuleBreach> breaches)
    {
        if (rules.TeamLeaderAppointed is not { } ruleId)
        {
            return;
        }

        foreach (var audit in request.Audits)
        {
            var leaders = audit.Members.Where(m => m.Role == TeamRole.TeamLeader).Select(m => m.PersonId).Distinct(StringComparer.Ordinal).Count();
            if (leaders != 1)
            {
                breaches.Add(TeamBreaches.Error(ruleId, null,
                    $"每次审查须指派一名审查组长（{audit.AuditId}：{leaders} 名）",
                    $"Each audit needs exactly one appointed team leader ({audit.AuditId}: {leaders})"));
            }
        }
    }

    // AS-R05 (004 §5.4.2.3 注): mystery shopping is done by auditors of the audit team.
    public static void MysteryShoppers(TeamRules rules, TeamCheckRequest request, List<RuleBreach> breaches)
    {
        if (rules.MysteryShoppersAreTeamAuditors is not { } ruleId)
        {
            return;
        }

        foreach (var audit in request.Audits)
        {
            foreach (var shopper in audit.MysteryShopperIds.Distinct(StringComparer.Ordinal))
            {
                if (!audit.Members.Any(m => TeamBreaches.Same(m.PersonId, shopper) && TeamBreaches.Audits(m.Role)))
                {
                    breaches.Add(TeamBreaches.Error(ruleId, shopper,
                        $"参加暗访的人应是审查组的审查员（{audit.AuditId}）",
                        $"Mystery shoppers must be auditors of the audit team ({audit.AuditId})"));
                }
            }
        }
    }
}
