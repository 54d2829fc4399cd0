using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Modes;

/// <summary>
/// Listed initial-certification combinations, JSON <c>$.modes.initialCombinations</c>
/// (AS: 004 §5.2.2.3(4)a with design responsibility, (5)a without).
/// </summary>
public sealed record InitialModeCombinations : IValidatableRuleData
{
    public IReadOnlyList<string> WithDesignResponsibility { get; init; } = [];

    public IReadOnlyList<string> WithoutDesignResponsibility { get; init; } = [];

    public string Source { get; init; } = "";

    public IReadOnlyList<string> For(bool designResponsibility) =>
        (designResponsibility ? WithDesignResponsibility : WithoutDesignResponsibility) ?? [];

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        RuleDataText.RequireSource(validation, Source, $"{jsonPath}.source");
        validation.Require(WithDesignResponsibility is not null, $"{jsonPath}.withDesignResponsibility", "is required (may be empty)");
        validation.Require(WithoutDesignResponsibility is not null, $"{jsonPath}.withoutDesignResponsibility", "is required (may be empty)");
    }
}
