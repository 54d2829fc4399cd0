using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.AuditTime;

/// <summary>An inclusive range of on-site days.</summary>
public sealed record DayRange : IValidatableRuleData
{
    public required decimal Min { get; init; }

    public required decimal Max { get; init; }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(Min > 0, $"{jsonPath}.min", "must be positive");
        validation.Require(Max >= Min, $"{jsonPath}.max", "must not be below min");
    }
}
