namespace TeamsCert.Domain.Modes;

/// <summary>Outcome of <see cref="ModeCombinationCheck.Evaluate(ModesRules, string, bool, ContactType, string?, A20MandatoryModesPolicy)"/>.</summary>
/// <param name="EffectiveCodes">The codes that will be applied, in the scheme's order (A-20 additions included).</param>
/// <param name="EffectiveCombination">The same joined with '+', e.g. <c>A+B+G+I</c>.</param>
/// <param name="AddedCodes">Codes A-20 added to the requested combination.</param>
/// <param name="Accepted">No error, and any finding that requires justification has one.</param>
public sealed record ModeCombinationResult(
    IReadOnlyList<string> EffectiveCodes,
    string EffectiveCombination,
    IReadOnlyList<string> AddedCodes,
    IReadOnlyList<ModeFinding> Findings,
    bool Accepted,
    string? Justification);
