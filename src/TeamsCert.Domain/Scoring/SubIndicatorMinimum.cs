using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary>A §9 sub-indicator minimum: "得分应达到X分以上（满分100分）" (comparison ).</summary>
public sealed record SubIndicatorMinimum : IValidatableRuleData
{
    public required string Section { get; init; }

    public required string Name { get; init; }

    public required decimal Minimum { get; init; }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(!string.IsNullOrWhiteSpace(Section), $"{jsonPath}.section", "is required");
        validation.Require(!string.IsNullOrWhiteSpace(Name), $"{jsonPath}.name", "is required");
        validation.Require(Minimum > 0 && Minimum <= 100, $"{jsonPath}.minimum", "must be above 0 and at most 100");
    }
}
