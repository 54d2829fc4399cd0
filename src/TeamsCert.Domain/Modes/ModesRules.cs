using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Modes;

/// <summary>
/// A scheme's certification modes, JSON <c>$.modes</c>. AS chooses among A–I (004 §5.2); LS/CC9/TEL have one fixed
/// combination (000/003 §5, 002 §5), expressed as the only listed combination with <see cref="NonExhaustive"/> false.
/// </summary>
public sealed record ModesRules : IValidatableRuleData
{
    public IReadOnlyList<ModeDefinition> Codes { get; init; } = [];

    public InitialModeCombinations? InitialCombinations { get; init; }

    /// <summary>True when the list is "包括但不限于" (004 §5.2.1.3): other combinations need a justification, not a refusal.</summary>
    public bool NonExhaustive { get; init; }

    /// <summary>The management-audit code A-20 adds at stage 2 (AS: I).</summary>
    public string? ManagementAuditCode { get; init; }

    /// <summary>The design-audit code A-20 adds with design responsibility (AS: H).</summary>
    public string? DesignAuditCode { get; init; }

    /// <summary>Where the scheme requires a characteristic test and a management audit together; null = not checked.</summary>
    public string? CompositionSource { get; init; }

    public IReadOnlyList<ContactTypeRule> ContactTypeRules { get; init; } = [];

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        if (validation.Require(Codes is { Count: > 0 }, $"{jsonPath}.codes", "must list at least one mode"))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < Codes.Count; i++)
            {
                Codes[i]?.Validate(validation, $"{jsonPath}.codes[{i}]");
                validation.Require(Codes[i]?.Code is not { } code || seen.Add(code), $"{jsonPath}.codes[{i}].code",
                    $"duplicates mode '{Codes[i]?.Code}'");
            }
        }

        ValidateAuditCode(validation, ManagementAuditCode, $"{jsonPath}.managementAuditCode");
        ValidateAuditCode(validation, DesignAuditCode, $"{jsonPath}.designAuditCode");
        validation.Require(CompositionSource is null || CompositionSource.Length > 0, $"{jsonPath}.compositionSource", "must not be empty");
        if (validation.Require(InitialCombinations is not null, $"{jsonPath}.initialCombinations", "is required"))
        {
            var path = $"{jsonPath}.initialCombinations";
            InitialCombinations!.Validate(validation, path);
            ValidateList(validation, InitialCombinations.WithDesignResponsibility, $"{path}.withDesignResponsibility");
            ValidateList(validation, InitialCombinations.WithoutDesignResponsibility, $"{path}.withoutDesignResponsibility");
        }

        ValidateContactRules(validation, $"{jsonPath}.contactTypeRules");
    }

    private void ValidateAuditCode(RuleDataValidation validation, string? code, string path)
    {
        var mode = Codes?.FirstOrDefault(m => string.Equals(m?.Code, code, StringComparison.Ordinal));
        validation.Require(code is null || mode is { Kind: ModeKind.ManagementAudit }, path,
            $"'{code}' must be a listed mode of kind managementAudit");
    }

    private void ValidateList(RuleDataValidation validation, IReadOnlyList<string>? combinations, string path)
    {
        if (combinations is null)
        {
            return;
        }

        validation.Require(NonExhaustive || combinations.Count > 0, path, "must list the scheme's combination when the list is exhaustive");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < combinations.Count; i++)
        {
            var codes = ModeCodes.Split(combinations[i] ?? "");
            var unknown = codes.Where(c => ModeCodes.IndexOf(this, c) < 0).ToList();
            validation.Require(unknown.Count == 0, $"{path}[{i}]", $"uses unknown mode code(s): {string.Join(", ", unknown.Select(c => $"'{c}'"))}");
            validation.Require(codes.Distinct(StringComparer.Ordinal).Count() == codes.Count, $"{path}[{i}]", "repeats a mode code");
            validation.Require(seen.Add(ModeCodes.Join(ModeCodes.Ordered(this, codes))), $"{path}[{i}]", "duplicates an earlier combination");
        }
    }

    private void ValidateContactRules(RuleDataValidation validation, string path)
    {
        var types = new HashSet<ContactType>();
        for (var i = 0; i < (ContactTypeRules?.Count ?? 0); i++)
        {
            var rule = ContactTypeRules![i];
            if (!validation.Require(rule is not null, $"{path}[{i}]", "must not be null"))
            {
                continue;
            }

            rule!.Validate(validation, $"{path}[{i}]");
            validation.Require(rule.ContactType is not { } type || types.Add(type), $"{path}[{i}].contactType", "duplicates an earlier rule");
            for (var g = 0; g < (rule.RequiredGroups?.Count ?? 0); g++)
            {
                var group = rule.RequiredGroups![g] ?? [];
                for (var c = 0; c < group.Count; c++)
                {
                    validation.Require(ModeCodes.IndexOf(this, group[c]) >= 0, $"{path}[{i}].requiredGroups[{g}][{c}]",
                        $"'{group[c]}' is not a listed mode code");
                }
            }
        }
    }
}
