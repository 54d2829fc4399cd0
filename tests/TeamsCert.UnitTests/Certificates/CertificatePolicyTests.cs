using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;

namespace TeamsCert.UnitTests.Certificates;

public class CertificatePolicyTests
{
    private static readonly CertificatePolicyOptions _cancelA30 = new() { A30 = A30TerminationPolicy.Cancel };
    private static readonly CertificatePolicyOptions _forbidA31 = new() { A31 = A31SuspendedCancellationPolicy.Forbidden };

    [Theory]
    [InlineData("LS", "no-longer-conforms")]
    [InlineData("CC9", "serious-violation")]
    public void Transition_A30Default_Revokes(string scheme, string trigger) =>
        Assert.Equal("A-30", CertificateStateMachine.Transition(CertificateState.Valid, CertificateState.Revoked, trigger,
            CertificateSchemes.Rules(scheme)).Trigger.Flag);

    [Theory]
    [InlineData(CertificateState.Valid)]
    [InlineData(CertificateState.Suspended)]
    public void Transition_A30CancelPolicy_CancelsInsteadOfRevoking(CertificateState from)
    {
        var rules = CertificateSchemes.Rules("LS");

        var cancelled = CertificateStateMachine.Transition(from, CertificateState.Cancelled, "no-longer-conforms", rules, _cancelA30);
        var revoke = Assert.Throws<RuleViolationException>(() =>
            CertificateStateMachine.Transition(from, CertificateState.Revoked, "no-longer-conforms", rules, _cancelA30));

        Assert.False(cancelled.Effects.NumberVoided);
        Assert.Equal(CertificateRuleIds.TriggerNotAllowed, revoke.RuleId);
    }

    [Fact]
    public void Transition_A30CancelPolicy_LeavesUnflaggedRevocationsAlone() =>
        Assert.Equal(CertificateState.Revoked, CertificateStateMachine.Transition(CertificateState.Valid, CertificateState.Revoked,
            "major-nc", CertificateSchemes.Rules("LS"), _cancelA30).To);

    [Theory]
    [InlineData("LS")]
    [InlineData("CC9")]
    [InlineData("TEL")]
    [InlineData("AS")]
    public void Transition_A31Default_AllowsVoluntaryCancellationWhileSuspended(string scheme) =>
        Assert.Equal("A-31", CertificateStateMachine.Transition(CertificateState.Suspended, CertificateState.Cancelled,
            "holder-request", CertificateSchemes.Rules(scheme)).Trigger.Flag);

    [Fact]
    public void Transition_A31Forbidden_RefusesVoluntaryCancellationWhileSuspended()
    {
        var ex = Assert.Throws<RuleViolationException>(() => CertificateStateMachine.Transition(CertificateState.Suspended,
            CertificateState.Cancelled, "holder-request", CertificateSchemes.Rules("AS"), _forbidA31));

        Assert.Equal(CertificateRuleIds.TriggerNotAllowed, ex.RuleId);
        Assert.Contains("A-31", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transition_A31Forbidden_StillAllowsSeedListedCancellationWhileValid() =>
        Assert.Equal(CertificateState.Cancelled, CertificateStateMachine.Transition(CertificateState.Valid, CertificateState.Cancelled,
            "holder-request", CertificateSchemes.Rules("AS"), _forbidA31).To);

    [Fact]
    public void EnsureIssuable_ConditionalApprovalUnverified_IsRefusedUnderA34()
    {
        var ex = Assert.Throws<RuleViolationException>(() =>
            CertificateIssuance.EnsureIssuable(CertificationDecisionOutcome.ConditionallyApproved, correctionsVerified: false));

        Assert.Equal(CertificateRuleIds.NotIssuable, ex.RuleId);
        Assert.Contains("A-34", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CertificationDecisionOutcome.Approved, false)]
    [InlineData(CertificationDecisionOutcome.ConditionallyApproved, true)]
    public void EnsureIssuable_ApprovedOrVerified_Passes(CertificationDecisionOutcome outcome, bool verified) =>
        Assert.Null(Record.Exception(() => CertificateIssuance.EnsureIssuable(outcome, verified)));

    [Fact]
    public void EnsureIssuable_A34IssueImmediately_IssuesBeforeVerification() =>
        Assert.Null(Record.Exception(() => CertificateIssuance.EnsureIssuable(CertificationDecisionOutcome.ConditionallyApproved, false,
            new CertificatePolicyOptions { A34 = A34ConditionalApprovalPolicy.IssueImmediately })));

    [Fact]
    public void EnsureIssuable_Refused_IsRefused() =>
        Assert.Equal(CertificateRuleIds.NotIssuable, Assert.Throws<RuleViolationException>(() =>
            CertificateIssuance.EnsureIssuable(CertificationDecisionOutcome.Refused, true)).RuleId);
}
