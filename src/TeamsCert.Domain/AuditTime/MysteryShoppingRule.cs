using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.AuditTime;

/// <summary>Mystery shopping (暗访) time per business site (TEL: 002 §3.10, rule TEL-D04).</summary>
public sealed record MysteryShoppingRule : IValidatableRuleData
{
    public required decimal DaysPerSite { get; init; }

    public required string RuleId { get; init; }

    public string? Source { get; init; }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(DaysPerSite > 0, $"{jsonPath}.daysPerSite", "must be positive");
        validation.Require(!string.IsNullOrWhiteSpace(RuleId), $"{jsonPath}.ruleId", "is required");
    }
}
