using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;

namespace TeamsCert.UnitTests.Certificates;

public class CertificateStateMachineTests
{
    [Theory]
    [MemberData(nameof(TransitionCases.Allowed), MemberType = typeof(TransitionCases))]
    public void Transition_ListedTrigger_IsAccepted(string scheme, CertificateState from, CertificateState to, string trigger)
    {
        var rules = CertificateSchemes.Rules(scheme);

        var transition = CertificateStateMachine.Transition(from, to, trigger, rules);

        Assert.Equal((from, to, trigger), (transition.From, transition.To, transition.Trigger.Code));
        Assert.False(string.IsNullOrWhiteSpace(transition.Source));
        Assert.Equal(to, transition.Effects.State);
    }

    [Theory]
    [MemberData(nameof(TransitionCases.Listed), MemberType = typeof(TransitionCases))]
    public void Transition_UnlistedTrigger_IsRefusedWithCertT02(string scheme, CertificateState from, CertificateState to)
    {
        var ex = Assert.Throws<RuleViolationException>(() =>
            CertificateStateMachine.Transition(from, to, "not-a-listed-trigger", CertificateSchemes.Rules(scheme)));

        Assert.Equal(CertificateRuleIds.TriggerNotAllowed, ex.RuleId);
        Assert.Equal("trigger", ex.Field);
    }

    [Theory]
    [MemberData(nameof(TransitionCases.ForbiddenByScheme), MemberType = typeof(TransitionCases))]
    public void Transition_NotListedByScheme_IsRefusedWithCertT01(string scheme, CertificateState from, CertificateState to)
    {
        var ex = Assert.Throws<RuleViolationException>(() =>
            CertificateStateMachine.Transition(from, to, "holder-request", CertificateSchemes.Rules(scheme)));

        Assert.Equal(CertificateRuleIds.TransitionNotAllowed, ex.RuleId);
        Assert.Equal("to", ex.Field);
    }

    [Theory]
    [MemberData(nameof(TransitionCases.ForbiddenByInvariant), MemberType = typeof(TransitionCases))]
    public void Transition_TerminalOrSelf_IsRefusedWithCertT03(string scheme, CertificateState from, CertificateState to)
    {
        var ex = Assert.Throws<RuleViolationException>(() =>
            CertificateStateMachine.Transition(from, to, "rectification-verified", CertificateSchemes.Rules(scheme)));

        Assert.Equal(CertificateRuleIds.TerminalState, ex.RuleId);
        Assert.Equal("to", ex.Field);
    }

    [Theory]
    [InlineData(CertificateState.Revoked, CertificateState.Valid)]
    [InlineData(CertificateState.Cancelled, CertificateState.Valid)]
    [InlineData(CertificateState.Revoked, CertificateState.Suspended)]
    [InlineData(CertificateState.Expired, CertificateState.Valid)]
    [InlineData(CertificateState.Valid, CertificateState.Valid)]
    public void Transition_InvariantBreach_IsRefusedEvenWhenDataListsIt(CertificateState from, CertificateState to)
    {
        CertificateTransitionRule[] rogue =
        [
            new() { From = from, To = to, Triggers = [new() { Code = "rogue", Label = new("恢复", "Restore"), Source = "none" }] },
        ];

        var ex = Assert.Throws<RuleViolationException>(() => CertificateStateMachine.Transition(from, to, "rogue", rogue));
        Assert.Equal(CertificateRuleIds.TerminalState, ex.RuleId);
    }

    [Fact]
    public void Transition_AsPersistentFailure_CarriesSourceDeadlineAndPublication_AsD08_AsD12()
    {
        var transition = CertificateStateMachine.Transition(CertificateState.Valid, CertificateState.Suspended,
            "persistent-failure", CertificateSchemes.Rules("AS"));

        Assert.Equal("004 §5.10.2.1(1)", transition.Source);
        Assert.Equal("AS-D08", transition.DeadlineRuleId);
        Assert.Equal("AS-D12", transition.Effects.PublicationRuleId);
        Assert.False(transition.Effects.CertificateUsable);
        Assert.False(transition.Effects.MarkUseAllowed);
    }

    [Fact]
    public void Transition_TelSuspensionExpired_IsRaisedByTelD07()
    {
        var transition = CertificateStateMachine.Transition(CertificateState.Suspended, CertificateState.Revoked,
            "suspension-expired", CertificateSchemes.Rules("TEL"));

        Assert.Equal("TEL-D07", transition.Trigger.TimerRuleId);
        Assert.True(transition.Effects.NumberVoided);
    }

    [Theory]
    [InlineData("LS")]
    [InlineData("CC9")]
    public void Transition_LsCc9ExpiryWithoutRecertification_Cancels(string scheme)
    {
        var rules = CertificateSchemes.Rules(scheme);

        var transition = CertificateStateMachine.Transition(CertificateState.Valid, CertificateState.Cancelled, "expired-without-recertification", rules);

        Assert.Equal("A-10", transition.Trigger.TimerRuleId);
        Assert.DoesNotContain(CertificateState.Expired, CertificateStateMachine.AllowedTargets(CertificateState.Valid, rules.Transitions));
    }

    [Fact]
    public void Transition_AsExpiredNotRenewed_Cancels()
    {
        var transition = CertificateStateMachine.Transition(CertificateState.Expired, CertificateState.Cancelled,
            "expired-not-renewed", CertificateSchemes.Rules("AS"));

        Assert.Equal("004 §5.10.4.1(2)", transition.Source);
        Assert.Equal("AS-D12", transition.Effects.PublicationRuleId);
    }

    [Fact]
    public void Transition_WithoutSchemeEffects_UsesInvariantEffects()
    {
        var transition = CertificateStateMachine.Transition(CertificateState.Valid, CertificateState.Revoked, "major-nc",
            CertificateSchemes.Rules("LS").Transitions);

        Assert.True(transition.Effects.NumberVoided);
        Assert.False(transition.Effects.CertificateUsable);
    }

    [Fact]
    public void Transition_BlankTrigger_IsRefusedOnTrigger() =>
        Assert.Equal("trigger", Assert.Throws<InvalidInputException>(() =>
            CertificateStateMachine.Transition(CertificateState.Valid, CertificateState.Suspended, " ", CertificateSchemes.Rules("AS"))).Field);

    [Fact]
    public void AllowedTargets_TelValid_ListsSuspendRevokeExpireCancel() =>
        Assert.Equal(
            [CertificateState.Suspended, CertificateState.Revoked, CertificateState.Expired, CertificateState.Cancelled],
            CertificateStateMachine.AllowedTargets(CertificateState.Valid, CertificateSchemes.Rules("TEL").Transitions));
}
