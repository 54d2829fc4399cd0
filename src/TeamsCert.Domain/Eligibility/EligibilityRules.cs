using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Eligibility;

/// <summary>What an application must show (rules reference §2.2): conditions to meet and materials to submit.</summary>
public sealed record EligibilityRules : IValidatableRuleData
{
    public required IReadOnlyList<EligibilityCondition> Conditions { get; init; }

    public required IReadOnlyList<MaterialRequirement> Materials { get; init; }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(Materials.Count > 0, $"{jsonPath}.materials", "at least one required material");
        RuleDataChecks.UniqueCodes(validation, $"{jsonPath}.conditions", Conditions.Select(c => c.Code));
        RuleDataChecks.UniqueCodes(validation, $"{jsonPath}.materials", Materials.Select(m => m.Code));
    }
}
