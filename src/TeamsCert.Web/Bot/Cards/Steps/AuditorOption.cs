using TeamsCert.Domain.AuditTeams;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>A candidate of the team picker; ineligible ones are listed with their exclusions, never offered.</summary>
public sealed record AuditorOption(string PersonId, string Name, IReadOnlyList<ExclusionReason> Exclusions)
{
    public bool Eligible => Exclusions.Count == 0;

    /// <summary>From the domain's eligible-auditor picker (<see cref="TeamRuleCheck.EligibleAuditors"/>).</summary>
    public static AuditorOption From(AuditorEligibility eligibility) =>
        new(eligibility.PersonId, eligibility.Name,
            eligibility.Eligible ? [] : [.. eligibility.Exclusions.Select(e => new ExclusionReason(e.RuleId, e.Message))]);
}
