namespace TeamsCert.Domain.AuditTeams;

// Decision-maker independence and conflicts of interest.
internal static class IndependenceRules
{
    // TEL-R01 (002 §9.1.9 注1), AS-R01 (004 §5.5.1.1), A-13 for LS/CC9: whoever took part in an audit of the step
    // cannot decide on it. Technical-committee members who did not audit remain free to decide.
    public static void DecisionMaker(TeamRules rules, TeamCheckRequest request, List<RuleBreach> breaches)
    {
        if (rules.DecisionMakerNotInAuditTeam is not { } ruleId || request.DecisionMakerId is not { } decider)
        {
            return;
        }

        var audits = request.Audits.Where(a => TeamBreaches.Participants(a).Contains(decider)).Select(a => a.AuditId).ToList();
        if (request.Programme?.MysteryShopperIds.Contains(decider) == true)
        {
            audits.Add("暗访/mystery shopping");
        }

        if (audits.Count > 0)
        {
            var where = string.Join(", ", audits);
            breaches.Add(TeamBreaches.Error(ruleId, decider,
                $"参加审查的人员不能作为认证决定人员（{where}）",
                $"The decision maker took part in the audit ({where}) and cannot decide"));
        }
    }

    // LS-R03 for every scheme (ISO/IEC 17065 §4.2); AS-R04 replaces it for short-notice audits (004 §5.9.2(2)).
    public static void ConflictsOfInterest(TeamRules rules, TeamCheckRequest request, List<RuleBreach> breaches)
    {
        foreach (var audit in request.Audits)
        {
            foreach (var personId in TeamBreaches.Participants(audit))
            {
                breaches.AddRange(Conflicts(rules, request.ConflictsOfInterest, personId, request.OrganisationId, audit.IsShortNotice, audit.AuditId));
            }
        }
    }

    public static IEnumerable<RuleBreach> Conflicts(TeamRules rules, IEnumerable<ConflictOfInterest> declarations, string personId,
        string organisationId, bool shortNotice, string? auditId)
    {
        var ruleId = rules.ConflictOfInterestRuleId(shortNotice);
        var where = auditId is null ? "" : $" ({auditId})";
        return declarations
            .Where(d => TeamBreaches.Same(d.PersonId, personId) && TeamBreaches.Same(d.OrganisationId, organisationId))
            .Select(d => TeamBreaches.Error(ruleId, personId,
                $"与受审查组织存在利益冲突：{d.Reason}（{d.DeclaredOn:yyyy-MM-dd} 声明）{where}",
                $"Conflict of interest with the organisation: {d.Reason} (declared {d.DeclaredOn:yyyy-MM-dd}){where}"));
    }

    // TEL-R04 (002 §9.4.2(2)): the client cannot object to a short-notice team, so the care taken must be on record.
    public static void ShortNoticeCare(TeamRules rules, TeamCheckRequest request, List<RuleBreach> breaches)
    {
        if (rules.ShortNoticeExtraCare is not { } ruleId)
        {
            return;
        }

        foreach (var audit in request.Audits.Where(a => a.IsShortNotice && string.IsNullOrWhiteSpace(a.ExtraCareRecord)))
        {
            breaches.Add(TeamBreaches.Warning(ruleId, null,
                $"提前较短时间通知的审查（{audit.AuditId}）：获证组织无法对审查组成员提出反对，请记录指派审查组时给予的额外关注",
                $"Short-notice audit {audit.AuditId}: the client cannot object to the team; record the extra care taken in choosing it"));
        }
    }
}
