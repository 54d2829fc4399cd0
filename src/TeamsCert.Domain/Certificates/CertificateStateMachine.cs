namespace TeamsCert.Domain.Certificates;

/// <summary>
/// Certificate status changes (rules reference §2.9). The scheme's transition data says what is allowed; the
/// invariants (CERT-T03) hold whatever the data says.
/// </summary>
public static class CertificateStateMachine
{
    /// <summary>Accepts <paramref name="from"/> → <paramref name="to"/> for <paramref name="triggerCode"/> with the scheme's effects.</summary>
    public static CertificateTransition Transition(CertificateState from, CertificateState to, string triggerCode,
        CertificateRules rules, CertificatePolicyOptions? options = null)
    {
        var transition = Transition(from, to, triggerCode, rules.Transitions, options);
        return transition with { Effects = rules.EffectsOf(to) };
    }

    /// <summary>Accepts <paramref name="from"/> → <paramref name="to"/> for <paramref name="triggerCode"/>, with invariant effects.</summary>
    /// <exception cref="RuleViolationException">CERT-T03 (invariant, field <c>to</c>), CERT-T01 (not listed, field <c>to</c>),
    /// CERT-T02 (trigger not listed or switched off by policy, field <c>trigger</c>).</exception>
    public static CertificateTransition Transition(CertificateState from, CertificateState to, string triggerCode,
        IEnumerable<CertificateTransitionRule> transitions, CertificatePolicyOptions? options = null)
    {
        options ??= CertificatePolicyOptions.Default;
        if (TransitionInvariants.Breach(from, to) is { } breach)
        {
            throw new RuleViolationException(CertificateRuleIds.TerminalState,
                $"{Name(from)} → {Name(to)}: {breach.ZhCn} / {breach.En}", "to");
        }

        if (string.IsNullOrWhiteSpace(triggerCode))
        {
            throw new InvalidInputException("trigger", "A trigger code is required.");
        }

        var rules = transitions.Where(r => r is not null).ToList();
        var code = triggerCode.Trim();
        if (options.A30 == A30TerminationPolicy.Cancel && to is CertificateState.Revoked or CertificateState.Cancelled
            && Find(rules, from, CertificateState.Revoked, code) is { Flag: "A-30" } a30)
        {
            // A-30 alternative: the §7.4.3 reading cancels where the data (default policy) revokes.
            return to == CertificateState.Cancelled
                ? new CertificateTransition(from, to, a30, CertificateStateEffects.DefaultFor(to))
                : throw Refused(CertificateRuleIds.TriggerNotAllowed, from, to, code,
                    $"A-30 策略为注销，不撤销 / the A-30 policy cancels instead of revoking ({a30.Source})", "trigger");
        }

        var rule = rules.FirstOrDefault(r => r.From == from && r.To == to)
            ?? throw Refused(CertificateRuleIds.TransitionNotAllowed, from, to, code, AllowedFrom(rules, from), "to");
        var trigger = rule.Triggers.FirstOrDefault(t => string.Equals(t?.Code, code, StringComparison.Ordinal))
            ?? throw Refused(CertificateRuleIds.TriggerNotAllowed, from, to, code,
                "允许的触发 / allowed triggers: " + string.Join(", ", rule.Triggers.Select(t => $"{t.Code} ({t.Source})")), "trigger");
        if (trigger.Flag == "A-31" && options.A31 == A31SuspendedCancellationPolicy.Forbidden)
        {
            throw Refused(CertificateRuleIds.TriggerNotAllowed, from, to, code,
                $"A-31 策略禁止 / switched off by the A-31 policy ({trigger.Source})", "trigger");
        }

        return new CertificateTransition(from, to, trigger, CertificateStateEffects.DefaultFor(to));
    }

    /// <summary>The states a certificate in <paramref name="from"/> may move to under the scheme data.</summary>
    public static IReadOnlyList<CertificateState> AllowedTargets(CertificateState from, IEnumerable<CertificateTransitionRule> transitions) =>
        transitions.Where(r => r?.From == from && r.To is { } to && TransitionInvariants.Breach(from, to) is null)
            .Select(r => r.To!.Value).Distinct().ToList();

    private static CertificateTransitionTrigger? Find(List<CertificateTransitionRule> rules, CertificateState from, CertificateState to, string code) =>
        rules.FirstOrDefault(r => r.From == from && r.To == to)?.Triggers.FirstOrDefault(t => string.Equals(t?.Code, code, StringComparison.Ordinal));

    private static string AllowedFrom(List<CertificateTransitionRule> rules, CertificateState from)
    {
        var allowed = rules.Where(r => r.From == from && r.To is not null)
            .Select(r => $"{Name(r.To!.Value)} ({(r.Triggers.Count > 0 ? r.Triggers[0]?.Source : null)})").ToList();
        return "本方案允许 / the scheme allows: " + (allowed.Count == 0 ? "—" : string.Join(", ", allowed));
    }

    private static RuleViolationException Refused(string ruleId, CertificateState from, CertificateState to, string code, string detail, string field) =>
        new(ruleId, $"不允许的证书状态转换 / Transition not allowed: {Name(from)} → {Name(to)} [{code}]; {detail}", field);

    private static string Name(CertificateState state) => state.ToString().ToLowerInvariant();
}
