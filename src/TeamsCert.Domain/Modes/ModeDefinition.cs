using System.Text.RegularExpressions;
using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Modes;

/// <summary>One evaluation method a scheme can combine, JSON <c>$.modes.codes[i]</c> (AS: 004 §5.2.1.3 A–I).</summary>
public sealed partial record ModeDefinition : IValidatableRuleData
{
    /// <summary>Upper-case code, e.g. <c>A</c>; fixed-mode schemes use short codes such as <c>SC</c>.</summary>
    public string Code { get; init; } = "";

    public LocalizedText Name { get; init; } = new("", "");

    public ModeKind? Kind { get; init; }

    /// <summary>Open or mystery shopping, for characteristic tests the contact-type rule looks at.</summary>
    public ModeVisibility? Visibility { get; init; }

    public string Source { get; init; } = "";

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(Code is not null && CodeFormat().IsMatch(Code), $"{jsonPath}.code", "must be 1–4 upper-case letters or digits, starting with a letter");
        RuleDataText.RequireLabel(validation, Name, $"{jsonPath}.name");
        validation.Require(Kind is not null, $"{jsonPath}.kind", "is required (characteristicTest, managementAudit or either)");
        validation.Require(Visibility is null || Kind != ModeKind.ManagementAudit, $"{jsonPath}.visibility",
            "applies to characteristic tests only");
        RuleDataText.RequireSource(validation, Source, $"{jsonPath}.source");
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]{0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeFormat();
}
