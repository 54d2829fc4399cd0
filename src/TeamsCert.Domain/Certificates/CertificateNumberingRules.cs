using System.Text.RegularExpressions;
using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Certificates;

/// <summary>
/// How a scheme numbers its certificates, JSON <c>$.certificate.numbering</c>. Templates use the tokens
/// <c>{cb}</c>, <c>{yyyy}</c>, <c>{yy}</c>, <c>{field}</c>, <c>{seq:N}</c>, <c>{cycle}</c> and <c>{-site}</c>;
/// the canonical form has no spaces, the display form may add them (AS: 004 §6.2.2).
/// </summary>
public sealed record CertificateNumberingRules : IValidatableRuleData
{
    public string CanonicalTemplate { get; init; } = "";

    public string DisplayTemplate { get; init; } = "";

    /// <summary>Value of <c>{cb}</c>: for AS the last three digits of the CNCA approval number, 307.</summary>
    public string? CbCode { get; init; }

    /// <summary>Pattern a field code must match; required when the template has <c>{field}</c>.</summary>
    public string? FieldCodePattern { get; init; }

    /// <summary>Pattern every canonical number must match, as a cross-check on the template.</summary>
    public string? CanonicalPattern { get; init; }

    public string Source { get; init; } = "";

    /// <summary>Seed section that voids a revoked number (e.g. <c>004 §6.2.4</c>).</summary>
    public string? VoidedSource { get; init; }

    /// <summary>Seed section that keeps the number on reissue (e.g. <c>004 §6.2.3</c>).</summary>
    public string? ReissueSource { get; init; }

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        RuleDataText.RequireSource(validation, Source, $"{jsonPath}.source");
        validation.Require(CbCode is null || (CbCode.Length > 0 && !CbCode.Any(char.IsWhiteSpace)), $"{jsonPath}.cbCode",
            "must be non-empty and contain no spaces");
        var fieldOk = RequireRegex(validation, FieldCodePattern, $"{jsonPath}.fieldCodePattern");
        RequireRegex(validation, CanonicalPattern, $"{jsonPath}.canonicalPattern");

        var canonical = NumberTemplate.TryParse(CanonicalTemplate, out var error);
        if (canonical is null)
        {
            validation.Error($"{jsonPath}.canonicalTemplate", error!);
            return;
        }

        ValidateCanonical(validation, canonical, jsonPath, fieldOk);
        var display = NumberTemplate.TryParse(DisplayTemplate, out error);
        if (display is null)
        {
            validation.Error($"{jsonPath}.displayTemplate", error!);
            return;
        }

        validation.Require(TokenKinds(display).SequenceEqual(TokenKinds(canonical)) && display.SequenceWidth == canonical.SequenceWidth,
            $"{jsonPath}.displayTemplate", "must use the same tokens, in the same order, as canonicalTemplate");
    }

    private void ValidateCanonical(RuleDataValidation validation, NumberTemplate canonical, string jsonPath, bool fieldOk)
    {
        var path = $"{jsonPath}.canonicalTemplate";
        validation.Require(canonical.Tokens.Count(t => t.Kind == NumberTokenKind.Sequence) == 1, path,
            "must contain exactly one {seq:N} (N = 1..9) so that numbers are unique");
        validation.Require(canonical.Tokens.Count(t => t.Kind is NumberTokenKind.Year2 or NumberTokenKind.Year4) == 1, path,
            "must contain exactly one year token ({yy} or {yyyy})");
        var repeated = canonical.Tokens.Where(t => t.Kind != NumberTokenKind.Literal).GroupBy(t => t.Kind).Where(g => g.Count() > 1);
        validation.Require(!repeated.Any(), path, "must not repeat a token");
        validation.Require(!canonical.Tokens.Any(t => t.Kind == NumberTokenKind.Literal && t.Text.Any(char.IsWhiteSpace)), path,
            "must not contain spaces (spaces belong in displayTemplate)");
        validation.Require(!canonical.Has(NumberTokenKind.CbCode) || CbCode is not null, $"{jsonPath}.cbCode",
            "is required because the template uses {cb}");
        validation.Require(!canonical.Has(NumberTokenKind.FieldCode) || (fieldOk && FieldCodePattern is not null),
            $"{jsonPath}.fieldCodePattern", "is required because the template uses {field}");
    }

    private static IEnumerable<NumberTokenKind> TokenKinds(NumberTemplate template) =>
        template.Tokens.Where(t => t.Kind != NumberTokenKind.Literal).Select(t => t.Kind);

    private static bool RequireRegex(RuleDataValidation validation, string? pattern, string jsonPath)
    {
        if (pattern is null)
        {
            return true;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException ex)
        {
            validation.Error(jsonPath, $"is not a valid regular expression: {ex.Message}");
            return false;
        }
    }
}
