namespace TeamsCert.Domain.AuditTeams;

// Shared helpers for the team rules.
internal static class TeamBreaches
{
    public static RuleBreach Error(string ruleId, string? personId, string zhCn, string en) =>
        new(ruleId, RuleBreachSeverity.Error, personId, new LocalizedText(zhCn, en));

    public static RuleBreach Warning(string ruleId, string? personId, string zhCn, string en) =>
        new(ruleId, RuleBreachSeverity.Warning, personId, new LocalizedText(zhCn, en));

    public static bool Audits(TeamRole role) => role is TeamRole.TeamLeader or TeamRole.Auditor;

    // Everyone who takes part in an audit: members and mystery shoppers ("参加审查的人员").
    public static IEnumerable<string> Participants(AuditTeam audit) =>
        audit.Members.Select(m => m.PersonId).Concat(audit.MysteryShopperIds).Distinct(StringComparer.Ordinal);

    public static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);
}
