namespace TeamsCert.Domain.Modes;

/// <summary>Checks a proposed initial-certification mode combination against a scheme's <see cref="ModesRules"/>.</summary>
public static class ModeCombinationCheck
{
    /// <param name="combination">Codes joined by '+', e.g. <c>A+B+G</c>; case and order do not matter.</param>
    /// <exception cref="InvalidInputException">Field <c>modes</c>: empty, unknown or repeated code.</exception>
    public static ModeCombinationResult Evaluate(ModesRules rules, string combination, bool designResponsibility,
        ContactType contactType, string? justification = null, A20MandatoryModesPolicy a20 = A20MandatoryModesPolicy.AddMandatoryModes) =>
        Evaluate(rules, ModeCodes.Split(combination ?? ""), designResponsibility, contactType, justification, a20);

    /// <exception cref="InvalidInputException">Field <c>modes</c>: empty, unknown or repeated code.</exception>
    public static ModeCombinationResult Evaluate(ModesRules rules, IEnumerable<string> codes, bool designResponsibility,
        ContactType contactType, string? justification = null, A20MandatoryModesPolicy a20 = A20MandatoryModesPolicy.AddMandatoryModes)
    {
        var requested = Checked(rules, codes);
        var findings = new List<ModeFinding>();
        CheckListed(rules, requested, designResponsibility, findings);

        var mandatory = new List<string>();
        if (rules.ManagementAuditCode is { } management)
        {
            mandatory.Add(management);
        }

        if (designResponsibility && rules.DesignAuditCode is { } design)
        {
            mandatory.Add(design);
        }

        var missing = mandatory.Where(code => !requested.Contains(code)).ToList();
        var added = a20 == A20MandatoryModesPolicy.AddMandatoryModes ? missing : [];
        if (a20 == A20MandatoryModesPolicy.ListedOnly)
        {
            findings.AddRange(missing.Select(code => Finding("A-20", ModeFindingSeverity.Warning,
                $"组合缺少模式 {code}（设计审核 004 §5.2.1.8 / 第二阶段服务管理审核 004 §5.4.2.3(3)）",
                $"The combination lacks mode {code} (design audit 004 §5.2.1.8 / stage-2 management audit 004 §5.4.2.3(3))")));
        }

        var effective = ModeCodes.Ordered(rules, requested.Concat(added));
        CheckComposition(rules, effective, findings);
        CheckContactType(rules, effective, contactType, findings);

        var justified = !string.IsNullOrWhiteSpace(justification);
        var accepted = !findings.Any(f => f.Severity == ModeFindingSeverity.Error)
            && (justified || !findings.Any(f => f.Severity == ModeFindingSeverity.RequiresJustification));
        return new ModeCombinationResult(effective, ModeCodes.Join(effective), ModeCodes.Ordered(rules, added), findings,
            accepted, justified ? justification!.Trim() : null);
    }

    private static IReadOnlyList<string> Checked(ModesRules rules, IEnumerable<string> codes)
    {
        var list = (codes ?? []).Select(c => (c ?? "").Trim().ToUpperInvariant()).ToList();
        if (list.Count == 0 || list.Any(c => c.Length == 0))
        {
            throw new InvalidInputException("modes", "Give one or more mode codes joined by '+', e.g. A+B+G.");
        }

        var unknown = list.Where(c => ModeCodes.IndexOf(rules, c) < 0).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidInputException("modes", $"Unknown mode code(s) {string.Join(", ", unknown)}; this scheme has "
                + string.Join(", ", rules.Codes.Select(m => m.Code)) + ".");
        }

        return list.Distinct(StringComparer.Ordinal).Count() == list.Count
            ? ModeCodes.Ordered(rules, list)
            : throw new InvalidInputException("modes", "A mode code is repeated.");
    }

    // The lists name only the characteristic part: the codes A-20 adds do not count against a match.
    private static void CheckListed(ModesRules rules, IReadOnlyList<string> requested, bool designResponsibility, List<ModeFinding> findings)
    {
        var listed = rules.InitialCombinations?.For(designResponsibility) ?? [];
        var key = ModeCodes.Join(requested.Where(c => c != rules.ManagementAuditCode && !(designResponsibility && c == rules.DesignAuditCode)));
        if (listed.Any(l => ModeCodes.Join(ModeCodes.Ordered(rules, ModeCodes.Split(l))) == key))
        {
            return;
        }

        var source = rules.InitialCombinations?.Source ?? "";
        var design = designResponsibility ? "有设计职责" : "无设计职责";
        findings.Add(rules.NonExhaustive
            ? Finding(source, ModeFindingSeverity.RequiresJustification,
                $"组合 {ModeCodes.Join(requested)} 不在{design}的所列初次认证组合中（列表为“包括但不限于”，须记录理由）",
                $"{ModeCodes.Join(requested)} is not a listed initial combination ({design}); the list is non-exhaustive, so record a justification")
            : Finding(source, ModeFindingSeverity.Error,
                $"本方案的认证模式固定为 {string.Join(" / ", listed)}",
                $"This scheme's mode is fixed: {string.Join(" / ", listed)}"));
    }

    private static void CheckComposition(ModesRules rules, IReadOnlyList<string> effective, List<ModeFinding> findings)
    {
        if (rules.CompositionSource is null)
        {
            return;
        }

        var kinds = effective.Select(c => rules.Codes[ModeCodes.IndexOf(rules, c)].Kind).ToList();
        var characteristic = kinds.Any(k => k is ModeKind.CharacteristicTest or ModeKind.Either);
        var management = kinds.Any(k => k is ModeKind.ManagementAudit or ModeKind.Either);
        if (!characteristic || !management || effective.Count < 2)
        {
            findings.Add(Finding(rules.CompositionSource, ModeFindingSeverity.Error,
                "组合须同时包含服务特性测评和服务管理审核",
                "The combination must contain both a service-characteristic test and a service-management audit"));
        }
    }

    private static void CheckContactType(ModesRules rules, IReadOnlyList<string> effective, ContactType contactType, List<ModeFinding> findings)
    {
        var rule = rules.ContactTypeRules?.FirstOrDefault(r => r?.ContactType == contactType);
        foreach (var group in rule?.RequiredGroups ?? [])
        {
            if (!group.Any(effective.Contains))
            {
                var options = string.Join(" / ", group);
                findings.Add(Finding(rule!.Source, rule.Severity,
                    $"接触方式 {contactType} 的组合宜包含 {options} 之一",
                    $"Contact type {contactType} calls for one of {options} in the combination"));
            }
        }
    }

    private static ModeFinding Finding(string ruleId, ModeFindingSeverity severity, string zhCn, string en) =>
        new(ruleId, severity, new LocalizedText(zhCn, en));
}
