namespace TeamsCert.Domain.AuditTeams;

// Auditor qualification (TEL-R02, AS-R02) and the registered-auditor team (AS-R06).
internal static class QualificationRules
{
    public static void AuditorsQualified(TeamRules rules, TeamCheckRequest request, List<RuleBreach> breaches)
    {
        foreach (var audit in request.Audits)
        {
            foreach (var member in audit.Members.Where(m => TeamBreaches.Audits(m.Role)))
            {
                breaches.AddRange(Exclusions(rules, request.SchemeCode, request.FieldCode, request.Find(member.PersonId),
                    member.PersonId, audit.StartDate, audit.LastDay));
            }
        }
    }

    public static IEnumerable<RuleBreach> Exclusions(TeamRules rules, string schemeCode, string? fieldCode, Person? person,
        string personId, DateOnly firstDay, DateOnly lastDay)
    {
        if (rules.AuditorQualified is not { } ruleId)
        {
            yield break;
        }

        if (person is null)
        {
            yield return TeamBreaches.Error(ruleId, personId, "未找到该人员的资格记录", "No qualification record for this person");
            yield break;
        }

        var dates = firstDay == lastDay ? $"{firstDay:yyyy-MM-dd}" : $"{firstDay:yyyy-MM-dd}–{lastDay:yyyy-MM-dd}";
        if (!person.Registrations.Any(r => r.Covers(firstDay, lastDay)))
        {
            yield return TeamBreaches.Error(ruleId, personId,
                $"{person.Name} 在 {dates} 无有效的服务认证审查员注册资格",
                $"{person.Name} holds no valid service-certification auditor registration for {dates}");
        }

        if (rules.CompetenceEvaluationRequired && !person.CompetenceEvaluations.Any(e => e.Covers(schemeCode, fieldCode, firstDay, lastDay)))
        {
            var field = fieldCode is null ? "" : $" / {fieldCode}";
            yield return TeamBreaches.Error(ruleId, personId,
                $"{person.Name} 在 {dates} 无本机构对 {schemeCode}{field} 的有效专业能力评价",
                $"{person.Name} has no valid competence evaluation by the certification body for {schemeCode}{field} on {dates}");
        }
    }

    // AS-R06 (004 §5.3.1.2): the team is made of registered auditors; technical experts only add to it.
    public static void RegisteredTeam(TeamRules rules, TeamCheckRequest request, List<RuleBreach> breaches)
    {
        if (rules.TeamOfRegisteredAuditors is not { } ruleId)
        {
            return;
        }

        foreach (var audit in request.Audits)
        {
            var registered = audit.Members.Where(m => TeamBreaches.Audits(m.Role))
                .Any(m => request.Find(m.PersonId)?.Registrations.Any(r => r.Covers(audit.StartDate, audit.LastDay)) == true);
            if (!registered)
            {
                breaches.Add(TeamBreaches.Error(ruleId, null,
                    $"审查组（{audit.AuditId}）须由取得注册资格的服务认证审查员组成，技术专家只能补充",
                    $"The team of {audit.AuditId} must consist of registered service-certification auditors; technical experts only add to it"));
            }
        }
    }
}
