using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.AuditTime;

/// <summary>Service-characteristic evaluation time by number of service sites (AS: 004 §5.1.4.2(8)b, flag A-19).</summary>
public sealed record ServiceCharacteristicRule : IValidatableRuleData
{
    public required decimal FirstSiteDays { get; init; }

    public required decimal AdditionalSiteDays { get; init; }

    public required string RuleId { get; init; }

    public string? Source { get; init; }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(FirstSiteDays > 0, $"{jsonPath}.firstSiteDays", "must be positive");
        validation.Require(AdditionalSiteDays > 0, $"{jsonPath}.additionalSiteDays", "must be positive");
        validation.Require(!string.IsNullOrWhiteSpace(RuleId), $"{jsonPath}.ruleId", "is required");
    }
}
