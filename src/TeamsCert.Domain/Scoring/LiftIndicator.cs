using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary>A lift indicator (提升指标) added on top of the 100-point base; a missing score counts 0.</summary>
public sealed record LiftIndicator : IValidatableRuleData
{
    public required string Name { get; init; }

    public required LiftGroup Group { get; init; }

    public required decimal Weight { get; init; }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(!string.IsNullOrWhiteSpace(Name), $"{jsonPath}.name", "is required");
        validation.Require(Enum.IsDefined(Group), $"{jsonPath}.group", "must be innovation or social");
        validation.Require(Weight > 0 && Weight <= 100, $"{jsonPath}.weight", "must be above 0 and at most 100");
    }
}
