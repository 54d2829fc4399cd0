using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary>Declared group weights (60 % characteristic, 40 % management); they make up the 100-point base.</summary>
public sealed record CompositeGroupTotals : IValidatableRuleData
{
    public required decimal Characteristic { get; init; }

    public required decimal Management { get; init; }

    public decimal For(CompositeGroup group) => group == CompositeGroup.Characteristic ? Characteristic : Management;

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(Characteristic > 0, $"{jsonPath}.characteristic", "must be positive");
        validation.Require(Management > 0, $"{jsonPath}.management", "must be positive");
        validation.Require(
            Characteristic + Management == 100,
            jsonPath,
            $"characteristic + management must be 100, not {DecimalText.Format(Characteristic + Management)}");
    }
}
