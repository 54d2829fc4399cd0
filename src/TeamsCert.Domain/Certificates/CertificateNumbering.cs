using System.Globalization;
using System.Text.RegularExpressions;
using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Certificates;

/// <summary>Formats, parses and checks certificate numbers for one scheme's <see cref="CertificateNumberingRules"/>.</summary>
public sealed class CertificateNumbering
{
    private readonly CertificateNumberingRules _rules;
    private readonly NumberTemplate _canonical;
    private readonly NumberTemplate _display;
    private readonly NumberTemplate _canonicalBase;
    private readonly Regex _parser;
    private readonly Regex? _fieldCode;
    private readonly Regex? _canonicalPattern;

    /// <exception cref="ArgumentException">The rules fail their own validation.</exception>
    public CertificateNumbering(CertificateNumberingRules rules)
    {
        var validation = new RuleDataValidation();
        rules.Validate(validation, "$.certificate.numbering");
        if (!validation.IsValid)
        {
            throw new ArgumentException("Invalid numbering rules: " + string.Join("; ", validation.Errors), nameof(rules));
        }

        _rules = rules;
        _canonical = NumberTemplate.TryParse(rules.CanonicalTemplate, out _)!;
        _display = NumberTemplate.TryParse(rules.DisplayTemplate, out _)!;
        _canonicalBase = _canonical.WithoutCycleAndSite();
        _parser = _canonical.ToParser(rules.CbCode, rules.FieldCodePattern);
        _fieldCode = rules.FieldCodePattern is null ? null : new Regex(rules.FieldCodePattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        _canonicalPattern = rules.CanonicalPattern is null ? null : new Regex(rules.CanonicalPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public CertificateNumber Format(CertificateNumberRequest request)
    {
        if (request.Year is < 2000 or > 2099)
        {
            throw new InvalidInputException("year", $"Year {request.Year} is outside 2000–2099.");
        }

        var maxSequence = (int)Math.Pow(10, _canonical.SequenceWidth) - 1;
        if (request.Sequence < 1 || request.Sequence > maxSequence)
        {
            throw new InvalidInputException("sequence",
                $"Sequence {request.Sequence} is outside 1–{maxSequence} ({{seq:{_canonical.SequenceWidth}}} in {_rules.CanonicalTemplate}).");
        }

        if (request.Cycle < 0)
        {
            throw new InvalidInputException("cycle", "Cycle must be 0 (initial) or more (R1 = first recertification).");
        }

        if (request.Site is { } site && (site < 1 || !_canonical.Has(NumberTokenKind.Site)))
        {
            throw new InvalidInputException("site", site < 1
                ? "Sub-certificate number must be 1 or more."
                : "This scheme's numbering has no sub-certificates ({-site}).");
        }

        var values = new NumberValues(_rules.CbCode ?? "", request.Year, CheckedFieldCode(request.FieldCode), request.Sequence, request.Cycle, request.Site);
        var canonical = _canonical.Format(values);
        if (_canonicalPattern is not null && !_canonicalPattern.IsMatch(canonical))
        {
            throw new InvalidInputException("number", $"'{canonical}' does not match the scheme pattern {_rules.CanonicalPattern} ({_rules.Source}).");
        }

        var hasCycle = _canonical.Has(NumberTokenKind.Cycle);
        return new CertificateNumber(canonical, _display.Format(values), _canonicalBase.Format(values), request.Year,
            values.FieldCode, request.Sequence, hasCycle ? request.Cycle : null, request.Site);
    }

    /// <summary>Recovers the parts of a canonical number; spaces (display form) are ignored.</summary>
    public CertificateNumber Parse(string number) =>
        TryParse(number, out var parsed, out var error) ? parsed! : throw new InvalidInputException("number", error!);

    /// <summary>A-29: the stable certification id inside a number (e.g. <c>30719ABCD0001</c> for <c>30719ABCD0001R1-2</c>).</summary>
    public string BaseNumber(string number) => Parse(number).BaseNumber;

    /// <summary>Refuses a number whose certification id was voided by a revocation (004 §6.2.4; 002 §10.3.5).</summary>
    public void EnsureNotVoided(string candidate, IEnumerable<string> voidedBaseNumbers)
    {
        var baseNumber = Parse(candidate).BaseNumber;
        foreach (var voided in voidedBaseNumbers)
        {
            var compact = string.Concat((voided ?? "").Where(c => !char.IsWhiteSpace(c)));
            var voidedBase = TryParse(compact, out var parsed, out _) ? parsed!.BaseNumber : compact;
            if (string.Equals(voidedBase, baseNumber, StringComparison.Ordinal))
            {
                var source = _rules.VoidedSource ?? _rules.Source;
                throw new RuleViolationException(CertificateRuleIds.NumberVoided,
                    $"证书编号 {baseNumber} 已因撤销而废止，不再它用（{source}）/ Number {baseNumber} was voided by a revocation and cannot be used again ({source}).",
                    "number");
            }
        }
    }

    /// <summary>Reissue (change of name, address, scope) keeps number and validity and states the reissue date.</summary>
    public ReissuedCertificate Reissue(CertificateNumber number, DateOnly validFrom, DateOnly validUntil, DateOnly reissueDate)
    {
        if (validUntil < validFrom)
        {
            throw new InvalidInputException("validUntil", "The validity ends before it starts.");
        }

        if (reissueDate < validFrom || reissueDate > validUntil)
        {
            var source = _rules.ReissueSource ?? _rules.Source;
            throw new RuleViolationException(CertificateRuleIds.ReissueOutsideValidity,
                $"换证须在有效期内（{validFrom:yyyy-MM-dd}至{validUntil:yyyy-MM-dd}），编号和有效期不变（{source}）/ A reissue must fall within the validity and keeps number and validity ({source}).",
                "reissueDate");
        }

        return new ReissuedCertificate(number, validFrom, validUntil, reissueDate);
    }

    private string? CheckedFieldCode(string? fieldCode)
    {
        if (!_canonical.Has(NumberTokenKind.FieldCode))
        {
            return null;
        }

        var code = fieldCode?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            throw new InvalidInputException("fieldCode", $"A certification field code is required ({_rules.Source}).");
        }

        return _fieldCode!.IsMatch(code)
            ? code
            : throw new InvalidInputException("fieldCode", $"Field code '{code}' does not match {_rules.FieldCodePattern}.");
    }

    private bool TryParse(string? number, out CertificateNumber? parsed, out string? error)
    {
        parsed = null;
        var compact = string.Concat((number ?? "").Where(c => !char.IsWhiteSpace(c)));
        var match = _parser.Match(compact);
        if (compact.Length == 0 || !match.Success)
        {
            error = $"'{number}' is not a certificate number of the form {_rules.CanonicalTemplate}.";
            return false;
        }

        if (!TryInt(match, "year", out var year) | !TryInt(match, "seq", out var sequence)
            | !TryInt(match, "cycle", out var cycle) | !TryInt(match, "site", out var site))
        {
            error = $"'{number}' has a part too large to be a certificate number.";
            return false;
        }

        var request = new CertificateNumberRequest(
            _canonical.Has(NumberTokenKind.Year2) ? 2000 + year!.Value : year!.Value,
            sequence!.Value,
            match.Groups["field"].Success ? match.Groups["field"].Value : null,
            cycle ?? 0,
            site);
        try
        {
            parsed = Format(request);
            error = null;
            return true;
        }
        catch (InvalidInputException ex)
        {
            error = $"'{number}' is not a valid certificate number: {ex.Message}";
            return false;
        }
    }

    // An absent optional group gives null; a present group that overflows int fails.
    private static bool TryInt(Match match, string group, out int? value)
    {
        value = null;
        if (!match.Groups[group].Success)
        {
            return true;
        }

        var ok = int.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed);
        value = ok ? parsed : null;
        return ok;
    }
}
