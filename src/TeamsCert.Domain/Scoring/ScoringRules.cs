using System.Text.Json.Serialization;
using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Scoring;

/// <summary>
/// The <c>$.scoring</c> section of a scheme rule set. The JSON <c>model</c> property (first, unless the serializer
/// allows out-of-order metadata) selects <see cref="CompositeScoringRules"/> (<c>composite</c>, LS/CC9),
/// <see cref="StarLevelScoringRules"/> (<c>starLevels</c>, TEL) or <see cref="GbT27922ScoringRules"/> (<c>gbt27922</c>, AS).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "model")]
[JsonDerivedType(typeof(CompositeScoringRules), "composite")]
[JsonDerivedType(typeof(StarLevelScoringRules), "starLevels")]
[JsonDerivedType(typeof(GbT27922ScoringRules), "gbt27922")]
public abstract record ScoringRules : IValidatableRuleData
{
    /// <summary>Seed sections the model comes from, quoted in explanations.</summary>
    public string? Source { get; init; }

    public abstract void Validate(RuleDataValidation validation, string jsonPath);
}
