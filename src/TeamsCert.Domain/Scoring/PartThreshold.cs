using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary>Minimum percentages of items (条目) that are method-compliant and executed, for TEL part 5.0.</summary>
public sealed record PartThreshold : IValidatableRuleData
{
    public required decimal MethodMinimum { get; init; }

    public required decimal ExecutedMinimum { get; init; }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(MethodMinimum is >= 0 and <= 100, $"{jsonPath}.methodMinimum", "must be a percentage within 0–100");
        validation.Require(ExecutedMinimum is >= 0 and <= 100, $"{jsonPath}.executedMinimum", "must be a percentage within 0–100");
    }
}
