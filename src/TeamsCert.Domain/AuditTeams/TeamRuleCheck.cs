namespace TeamsCert.Domain.AuditTeams;

/// <summary>Checks audit teams against the team rules a scheme cites (rules reference §2.3); no breach = team OK.</summary>
public static class TeamRuleCheck
{
    public static IReadOnlyList<RuleBreach> Check(TeamRules rules, TeamCheckRequest request)
    {
        var breaches = new List<RuleBreach>();
        IndependenceRules.DecisionMaker(rules, request, breaches);
        QualificationRules.AuditorsQualified(rules, request, breaches);
        CompositionRules.TechnicalExperts(rules, request, breaches);
        IndependenceRules.ConflictsOfInterest(rules, request, breaches);
        IndependenceRules.ShortNoticeCare(rules, request, breaches);
        CompositionRules.MysteryShoppers(rules, request, breaches);
        CompositionRules.TeamLeader(rules, request, breaches);
        ProcessRules.ReportApprovals(rules, request, breaches);
        ProcessRules.Programme(rules, request, breaches);
        QualificationRules.RegisteredTeam(rules, request, breaches);
        return breaches;
    }

    /// <summary>
    /// Each candidate with whether they can take <see cref="EligibilityQuery.Role"/>, and the rules that exclude the
    /// others (qualification, conflict of interest, being the step's decision maker).
    /// </summary>
    public static IReadOnlyList<AuditorEligibility> EligibleAuditors(TeamRules rules, EligibilityQuery query)
    {
        var lastDay = query.EndDate ?? query.StartDate;
        return query.Candidates.Select(person =>
        {
            var exclusions = new List<RuleBreach>();
            if (TeamBreaches.Audits(query.Role))
            {
                exclusions.AddRange(QualificationRules.Exclusions(rules, query.SchemeCode, query.FieldCode, person, person.Id, query.StartDate, lastDay));
            }

            exclusions.AddRange(IndependenceRules.Conflicts(rules, query.ConflictsOfInterest, person.Id, query.OrganisationId, query.IsShortNotice, null));
            if (rules.DecisionMakerNotInAuditTeam is { } ruleId && TeamBreaches.Same(query.DecisionMakerId, person.Id))
            {
                exclusions.Add(TeamBreaches.Error(ruleId, person.Id,
                    "已被指派为认证决定人员，不能参加审查", "Appointed as decision maker, so cannot take part in the audit"));
            }

            return new AuditorEligibility(person.Id, person.Name, exclusions.Count == 0, exclusions);
        }).ToList();
    }
}
