using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Policies;
using TeamsCert.Domain.Schemes;
using TeamsCert.UnitTests.Support;
using static TeamsCert.UnitTests.AuditTeams.TeamBuilder;

namespace TeamsCert.UnitTests.Schemes;

/// <summary>The calculators driven through the shipped scheme files, with each scheme's policy switches applied.</summary>
public class SchemeSectionsTests
{
    private static SchemeRuleSet WithPolicy(string scheme, string flag, string value)
    {
        var ruleSet = TestRules.Scheme(scheme);
        var policies = ruleSet.Policies.ToDictionary();
        policies[flag] = value;
        return ruleSet with { Policies = policies };
    }

    [Theory]
    [InlineData("LS")]
    [InlineData("CC9")]
    public void LsCc9R01_DecisionMakerWhoAudited_BreachesA13AndTcMemberWhoDidNotAuditPasses(string scheme)
    {
        var ruleSet = TestRules.Scheme(scheme);
        var approvals = new[] { new ReportApproval(ReportApprovalRole.TeamLeader, "leader", AuditDay), new ReportApproval(ReportApprovalRole.TechnicalCommittee, "decider", AuditDay) };
        var team = Team() with { ReportApprovals = approvals };

        Assert.Contains(ruleSet.CheckTeam(Request(scheme, team) with { DecisionMakerId = "auditor" }), b => b.RuleId == "A-13");
        Assert.Empty(ruleSet.CheckTeam(Request(scheme, team)));
    }

    [Fact]
    public void LsCc9R01_A13SwitchedOff_NoLongerChecksDecisionMaker()
    {
        var ruleSet = WithPolicy("LS", "A-13", "off");

        Assert.DoesNotContain(ruleSet.CheckTeam(Request("LS") with { DecisionMakerId = "auditor" }), b => b.RuleId == "A-13");
    }

    [Theory]
    [InlineData("LS", "LS-R02")]
    [InlineData("CC9", "CC9-R02")]
    public void LsCc9R02_ReportNeedsTeamLeaderAndTechnicalCommittee(string scheme, string ruleId)
    {
        var ruleSet = TestRules.Scheme(scheme);
        var leaderOnly = Team() with { ReportApprovals = [new(ReportApprovalRole.TeamLeader, "leader", AuditDay)] };
        var both = Team() with { ReportApprovals = [new(ReportApprovalRole.TeamLeader, "leader", AuditDay), new(ReportApprovalRole.TechnicalCommittee, "tc", AuditDay)] };

        Assert.Contains(ruleSet.CheckTeam(Request(scheme, leaderOnly)), b => b.RuleId == ruleId);
        Assert.DoesNotContain(ruleSet.CheckTeam(Request(scheme, both)), b => b.RuleId == ruleId);
    }

    [Theory]
    [InlineData("TEL")]
    [InlineData("AS")]
    public void TelD06AsD06_CertificateValidFor3YearsMinusOneDay(string scheme)
    {
        var ruleSet = TestRules.Scheme(scheme);

        Assert.Equal(TestRules.D("2020-04-30"), ruleSet.CertificateExpiry(TestRules.D("2017-05-01")));
        Assert.NotEqual(TestRules.D("2020-05-01"), ruleSet.CertificateExpiry(TestRules.D("2017-05-01")));
    }

    [Fact]
    public void A10_LsValidityFollowsPolicy()
    {
        Assert.Equal(TestRules.D("2028-01-14"), TestRules.Scheme("LS").CertificateExpiry(TestRules.D("2025-01-15")));
        Assert.Equal(TestRules.D("2027-01-14"), WithPolicy("LS", "A-10", "2").CertificateExpiry(TestRules.D("2025-01-15")));
    }

    [Fact]
    public void NumberCertificate_AsFormat004_CanonicalAndDisplay()
    {
        var number = TestRules.Scheme("AS").NumberCertificate(new CertificateNumberRequest(2025, 12, "3101", 0));

        Assert.Equal("307253101" + "0012R0", number.Canonical);
        Assert.Equal("307 25 3101 0012 R0", number.Display);
    }

    [Fact]
    public void TransitionCertificate_RevokedToValid_ForbiddenInEveryScheme()
    {
        foreach (var scheme in SchemeCodes.All)
        {
            var error = Assert.Throws<TeamsCert.Domain.RuleViolationException>(
                () => TestRules.Scheme(scheme).TransitionCertificate(CertificateState.Revoked, CertificateState.Valid, "rectification-verified"));
            Assert.StartsWith("CERT-T0", error.RuleId, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A31_Forbidden_RefusesSuspendedToCancelledOnRequest()
    {
        var allowed = TestRules.Scheme("AS").Certificate.Transitions
            .First(t => t.From == CertificateState.Suspended && t.To == CertificateState.Cancelled);
        var trigger = allowed.Triggers.First(t => t.Flag == "A-31").Code;

        var transition = TestRules.Scheme("AS").TransitionCertificate(CertificateState.Suspended, CertificateState.Cancelled, trigger);
        Assert.Throws<TeamsCert.Domain.RuleViolationException>(
            () => WithPolicy("AS", "A-31", "forbidden").TransitionCertificate(CertificateState.Suspended, CertificateState.Cancelled, trigger));
        Assert.Equal(CertificateState.Cancelled, transition.To);
    }

    [Fact]
    public void Modes_AsListedCombination_GetsIAddedByA20()
    {
        var result = TestRules.Scheme("AS").CheckModes("A+B+G", designResponsibility: false, TeamsCert.Domain.Modes.ContactType.PersonToPerson);

        Assert.Contains("I", result.EffectiveCodes);
        Assert.True(result.Accepted);
    }

    [Fact]
    public void PolicyCatalog_OptionsForCalculatorFlags_AllMapToBehaviour()
    {
        // Every non-default option of the calculator flags must change the typed policy the calculators receive.
        foreach (var id in new[] { "A-16", "A-17", "A-18", "A-19" })
        {
            foreach (var option in PolicyCatalog.Find(id)!.Options.Skip(1))
            {
                Assert.NotEqual(SchemePolicies.AuditTime(PolicySettings.Defaults()), SchemePolicies.AuditTime(WithPolicy("TEL", id, option).Settings));
            }
        }
    }
}
