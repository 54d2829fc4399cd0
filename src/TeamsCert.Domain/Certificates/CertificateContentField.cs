using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Certificates;

/// <summary>One field a scheme requires on its certificate (rules reference §2.8), JSON <c>$.certificate.contents[i]</c>.</summary>
public sealed record CertificateContentField : IValidatableRuleData
{
    public string Code { get; init; } = "";

    public LocalizedText Label { get; init; } = new("", "");

    public ContentPresence Presence { get; init; } = ContentPresence.Required;

    public string Source { get; init; } = "";

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        validation.Require(!string.IsNullOrWhiteSpace(Code), $"{jsonPath}.code", "is required");
        RuleDataText.RequireLabel(validation, Label, $"{jsonPath}.label");
        RuleDataText.RequireSource(validation, Source, $"{jsonPath}.source");
    }
}
