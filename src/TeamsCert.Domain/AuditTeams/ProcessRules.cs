namespace TeamsCert.Domain.AuditTeams;

// Report approval (LS-R02 / CC9-R02) and the certification programme (TEL-R05).
internal static class ProcessRules
{
    // 000 §6.2.3.3; 003 §6.2.3(3): the report is approved by the team leader AND the technical committee.
    public static void ReportApprovals(TeamRules rules, TeamCheckRequest request, List<RuleBreach> breaches)
    {
        if (rules.ReportApprovers is not { } ruleId)
        {
            return;
        }

        foreach (var audit in request.Audits.Where(a => a.ReportApprovals is not null))
        {
            var approvals = audit.ReportApprovals!;
            var leaders = audit.Members.Where(m => m.Role == TeamRole.TeamLeader).Select(m => m.PersonId).ToHashSet(StringComparer.Ordinal);
            var byLeader = approvals.Where(a => a.Role == ReportApprovalRole.TeamLeader).ToList();
            foreach (var stranger in byLeader.Where(a => !leaders.Contains(a.PersonId)))
            {
                breaches.Add(TeamBreaches.Error(ruleId, stranger.PersonId,
                    $"以审核组长身份批准报告的人员不是本次审核（{audit.AuditId}）的组长",
                    $"The person approving as team leader is not the team leader of {audit.AuditId}"));
            }

            if (!byLeader.Any(a => leaders.Contains(a.PersonId)))
            {
                breaches.Add(TeamBreaches.Error(ruleId, null,
                    $"审核报告（{audit.AuditId}）须经审核组长批准", $"The report of {audit.AuditId} needs the team leader's approval"));
            }

            if (!approvals.Any(a => a.Role == ReportApprovalRole.TechnicalCommittee))
            {
                breaches.Add(TeamBreaches.Error(ruleId, null,
                    $"审核报告（{audit.AuditId}）须经技术委员会批准", $"The report of {audit.AuditId} needs the technical committee's approval"));
            }
        }
    }

    // TEL-R05 (002 §9.1.3 and item 8): dedicated programme manager, mystery-shopping arrangements, shoppers assigned.
    public static void Programme(TeamRules rules, TeamCheckRequest request, List<RuleBreach> breaches)
    {
        if (rules.ProgrammeMysteryShopping is not { } ruleId || request.Programme is not { } programme)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(programme.ManagerId))
        {
            breaches.Add(TeamBreaches.Error(ruleId, null, "认证方案须由专职人员负责管理", "The programme needs a dedicated manager"));
        }

        if (!programme.MysteryShoppingArranged)
        {
            breaches.Add(TeamBreaches.Error(ruleId, null,
                "认证方案须包括对组织经营场所的暗访安排", "The programme must arrange mystery shopping of the business sites"));
        }

        if (programme.MysteryShopperIds.Count == 0)
        {
            breaches.Add(TeamBreaches.Error(ruleId, null, "认证方案须安排暗访员", "The programme must assign a mystery shopper"));
        }
    }
}
