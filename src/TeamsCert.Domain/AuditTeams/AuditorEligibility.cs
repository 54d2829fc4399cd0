namespace TeamsCert.Domain.AuditTeams;

/// <summary>Whether a candidate can take the role, and if not, the rules that exclude them with reasons.</summary>
public sealed record AuditorEligibility(string PersonId, string Name, bool Eligible, IReadOnlyList<RuleBreach> Exclusions)
{
    public IReadOnlyList<string> ExcludedBy => Exclusions.Select(e => e.RuleId).Distinct(StringComparer.Ordinal).ToList();
}
