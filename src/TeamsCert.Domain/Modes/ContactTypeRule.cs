using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Modes;

/// <summary>
/// What a contact type asks of a combination, JSON <c>$.modes.contactTypeRules[i]</c>: every group in
/// <see cref="RequiredGroups"/> must have at least one of its codes in the combination (004 §5.2.2.2(2)).
/// </summary>
public sealed record ContactTypeRule : IValidatableRuleData
{
    public ContactType? ContactType { get; init; }

    /// <summary>E.g. <c>[["A","C"],["B","D"]]</c>: an open and a mystery-shopping test.</summary>
    public IReadOnlyList<IReadOnlyList<string>> RequiredGroups { get; init; } = [];

    /// <summary>The seed says "宜" (should), so the AS data asks for a justification rather than refusing.</summary>
    public ModeFindingSeverity Severity { get; init; } = ModeFindingSeverity.RequiresJustification;

    public string Source { get; init; } = "";

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(ContactType is not null, $"{jsonPath}.contactType", "is required");
        RuleDataText.RequireSource(validation, Source, $"{jsonPath}.source");
        if (!validation.Require(RequiredGroups is { Count: > 0 }, $"{jsonPath}.requiredGroups", "must list at least one group"))
        {
            return;
        }

        for (var i = 0; i < RequiredGroups.Count; i++)
        {
            validation.Require(RequiredGroups[i] is { Count: > 0 }, $"{jsonPath}.requiredGroups[{i}]", "must list at least one code");
        }
    }
}
