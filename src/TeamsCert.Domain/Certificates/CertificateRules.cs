using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Certificates;

/// <summary>A scheme's certificate section, JSON <c>$.certificate</c>: numbering, validity, status transitions and contents.</summary>
public sealed record CertificateRules : IValidatableRuleData
{
    public CertificateNumberingRules? Numbering { get; init; }

    /// <summary>TEL 002 §10.1, AS 004 §4: 3; LS/CC9: A-10 default 3.</summary>
    public int ValidityYears { get; init; } = CertificateValidity.DefaultValidityYears;

    public string ValiditySource { get; init; } = "";

    public IReadOnlyList<CertificateTransitionRule> Transitions { get; init; } = [];

    public IReadOnlyList<CertificateStateEffects> StateEffects { get; init; } = [];

    public IReadOnlyList<CertificateContentField> Contents { get; init; } = [];

    /// <summary>The scheme's effects for <paramref name="state"/>, or the invariant defaults when it lists none.</summary>
    public CertificateStateEffects EffectsOf(CertificateState state) =>
        StateEffects?.FirstOrDefault(e => e?.State == state) ?? CertificateStateEffects.DefaultFor(state);

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        if (validation.Require(Numbering is not null, $"{jsonPath}.numbering", "is required"))
        {
            Numbering!.Validate(validation, $"{jsonPath}.numbering");
        }

        validation.Require(ValidityYears is >= 1 and <= 10, $"{jsonPath}.validityYears", "must be 1–10 years (A-10 default 3)");
        RuleDataText.RequireSource(validation, ValiditySource, $"{jsonPath}.validitySource");
        ValidateTransitions(validation, $"{jsonPath}.transitions");
        ValidateEffects(validation, $"{jsonPath}.stateEffects");
        ValidateContents(validation, $"{jsonPath}.contents");
    }

    private void ValidateTransitions(RuleDataValidation validation, string path)
    {
        if (!validation.Require(Transitions is { Count: > 0 }, path, "must list at least one transition"))
        {
            return;
        }

        var pairs = new HashSet<(CertificateState, CertificateState)>();
        for (var i = 0; i < Transitions.Count; i++)
        {
            var rule = Transitions[i];
            if (!validation.Require(rule is not null, $"{path}[{i}]", "must not be null"))
            {
                continue;
            }

            rule!.Validate(validation, $"{path}[{i}]");
            if (rule is { From: { } from, To: { } to })
            {
                validation.Require(pairs.Add((from, to)), $"{path}[{i}]",
                    $"duplicates the transition {from} → {to}; list all its triggers in one entry");
            }
        }
    }

    private void ValidateEffects(RuleDataValidation validation, string path)
    {
        var states = new HashSet<CertificateState>();
        for (var i = 0; i < (StateEffects?.Count ?? 0); i++)
        {
            var effects = StateEffects![i];
            if (!validation.Require(effects is not null, $"{path}[{i}]", "must not be null"))
            {
                continue;
            }

            effects!.Validate(validation, $"{path}[{i}]");
            validation.Require(effects.State is not { } state || states.Add(state), $"{path}[{i}].state",
                $"duplicates the effects of '{effects.State}'");
        }

        var reached = (Transitions ?? []).Where(t => t?.To is not null).Select(t => t.To!.Value).Append(CertificateState.Valid);
        var missing = reached.Distinct().Where(s => !states.Contains(s)).ToList();
        validation.Require(missing.Count == 0, path, "must give the effects of every state the scheme reaches; missing: "
            + string.Join(", ", missing));
    }

    private void ValidateContents(RuleDataValidation validation, string path)
    {
        if (!validation.Require(Contents is { Count: > 0 }, path, "must list the certificate fields (rules reference §2.8)"))
        {
            return;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Contents.Count; i++)
        {
            if (!validation.Require(Contents[i] is not null, $"{path}[{i}]", "must not be null"))
            {
                continue;
            }

            Contents[i].Validate(validation, $"{path}[{i}]");
            validation.Require(Contents[i].Code is null || codes.Add(Contents[i].Code), $"{path}[{i}].code",
                $"duplicates the field '{Contents[i].Code}'");
        }
    }
}
