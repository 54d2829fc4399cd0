using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.AuditTime;

/// <summary>
/// <c>method: fixedDays</c>: on-site duration fixed per audit kind with no headcount rule (LS/CC9, flag A-12:
/// read as on-site calendar days, not person-days).
/// </summary>
public sealed record FixedDaysAuditTime : AuditTimeRules
{
    public required FixedDaysTable FixedDays { get; init; }

    public required string RuleId { get; init; }

    public required string Source { get; init; }

    public override void Validate(RuleDataValidation validation, string jsonPath)
    {
        if (validation.Require(FixedDays is not null, $"{jsonPath}.fixedDays", "is required"))
        {
            FixedDays!.Validate(validation, $"{jsonPath}.fixedDays");
        }

        validation.Require(!string.IsNullOrWhiteSpace(RuleId), $"{jsonPath}.ruleId", "is required");
        validation.Require(!string.IsNullOrWhiteSpace(Source), $"{jsonPath}.source", "is required");
    }
}
