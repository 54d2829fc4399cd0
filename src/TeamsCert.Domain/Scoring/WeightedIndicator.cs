using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary>A weighted second-level indicator (二级指标), weight in percent of the 0–100 indicator score.</summary>
public sealed record WeightedIndicator : IValidatableRuleData
{
    public required string Name { get; init; }

    public required CompositeGroup Group { get; init; }

    public required decimal Weight { get; init; }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(!string.IsNullOrWhiteSpace(Name), $"{jsonPath}.name", "is required");
        validation.Require(Enum.IsDefined(Group), $"{jsonPath}.group", "must be characteristic or management");
        validation.Require(Weight > 0 && Weight <= 100, $"{jsonPath}.weight", "must be above 0 and at most 100");
    }
}
