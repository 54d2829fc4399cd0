using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.AuditTeams;
using TeamsCert.Domain.Workflow.Facts;
using static TeamsCert.UnitTests.Support.TestRules;

namespace TeamsCert.UnitTests.Workflow;

/// <summary>Scope reduction guards (002 §9.6.6) and the surveillance team's acceptance (002 §9.2) in memory.</summary>
public sealed class ScopeAndSurveillanceTeamTests
{
    private static readonly Dictionary<string, string> _tel = new() { ["mysteryShopper"] = "shopper@cb", ["mysteryShoppingArranged"] = "true" };

    [Fact]
    public void ReduceScope_ValidCertificate_KeepsRemainingParts_002_9_6_6()
    {
        var cycle = Certified("呼叫中心服务、投诉受理");

        cycle.Act(D("2025-11-03"), "certificate-status", "reduce-scope", CycleHarness.Manager, new() { ["removed"] = "投诉受理", ["reason"] = "部分范围不满足要求" });

        Assert.Equal(("呼叫中心服务", "呼叫中心服务"), (cycle.Case.Scope, cycle.Case.Facts.Certificate!.Scope!));
        Assert.Contains(cycle.Case.NewEvents, e => e.Type == "certificate.scope-reduced" && e.Reason == "部分范围不满足要求");
    }

    [Fact]
    public void ReduceScope_ExpiredCertificate_RefusedCertS01_002_9_6_6()
    {
        var cycle = Certified("呼叫中心服务；投诉受理");
        cycle.Case.Facts.Certificate!.State = CertificateState.Expired;

        var error = Assert.Throws<RuleViolationException>(() => cycle.Act(D("2025-11-03"), "certificate-status", "reduce-scope", CycleHarness.Manager,
            new() { ["removed"] = "投诉受理", ["reason"] = "部分范围不满足要求" }));

        Assert.Equal(CertificateRuleIds.ScopeNotReducible, error.RuleId);
        Assert.Empty(cycle.Case.Facts.Certificate.ScopeHistory);
    }

    [Fact]
    public void SurveillanceTeam_MemberDeclaresConflict_RemovedAndAssignmentReopened()
    {
        var cycle = Certified()
            .Act(D("2026-06-01"), "surveillance-team-assignment", "assign", CycleHarness.Manager, new() { ["team"] = CycleHarness.LeaderOnlyTeam });
        cycle.Act(D("2026-06-02"), "surveillance-team-acceptance", "accept", CycleHarness.Leader, new() { ["conflictOfInterest"] = "曾为该组织提供咨询" });

        var member = Assert.Single(cycle.Case.Facts.Surveillances[0].Team);
        Assert.Equal((TeamMemberStatus.Removed, "曾为该组织提供咨询"), (member.Status, member.Conflict!));
        Assert.Equal(StepStatus.Open, cycle.Open("surveillance-team-assignment").Status);
        Assert.Null(cycle.Case.OpenStep("surveillance-audit-plan"));
    }

    [Fact]
    public void SurveillanceTeam_DeclaredChoiceWithDetails_RemovedWithTheDetailsAsTheConflict()
    {
        var cycle = Certified()
            .Act(D("2026-06-01"), "surveillance-team-assignment", "assign", CycleHarness.Manager, new() { ["team"] = CycleHarness.LeaderOnlyTeam });
        cycle.Act(D("2026-06-02"), "surveillance-team-acceptance", "accept", CycleHarness.Leader,
            new() { ["conflictOfInterest"] = ConflictDeclaration.Declared, ["conflictDetails"] = "配偶在该组织任职" });

        var member = Assert.Single(cycle.Case.Facts.Surveillances[0].Team);
        Assert.Equal((TeamMemberStatus.Removed, "配偶在该组织任职"), (member.Status, member.Conflict!));
    }

    [Fact]
    public void SurveillanceTeam_DeclaredChoiceWithoutDetails_RefusedNamingTheDetailsField()
    {
        var cycle = Certified()
            .Act(D("2026-06-01"), "surveillance-team-assignment", "assign", CycleHarness.Manager, new() { ["team"] = CycleHarness.LeaderOnlyTeam });

        var error = Assert.Throws<InvalidInputException>(() => cycle.Act(D("2026-06-02"), "surveillance-team-acceptance", "accept", CycleHarness.Leader,
            new() { ["conflictOfInterest"] = ConflictDeclaration.Declared }));

        Assert.Contains("conflictDetails", error.Field, StringComparison.Ordinal);
        Assert.Equal(TeamMemberStatus.Proposed, Assert.Single(cycle.Case.Facts.Surveillances[0].Team).Status);
    }

    [Fact]
    public void SurveillanceTeam_NoConflictChoice_Accepted()
    {
        var cycle = Certified()
            .Act(D("2026-06-01"), "surveillance-team-assignment", "assign", CycleHarness.Manager, new() { ["team"] = CycleHarness.LeaderOnlyTeam });

        cycle.Act(D("2026-06-02"), "surveillance-team-acceptance", "accept", CycleHarness.Leader, new() { ["conflictOfInterest"] = ConflictDeclaration.NoConflict });

        Assert.Equal(TeamMemberStatus.Accepted, Assert.Single(cycle.Case.Facts.Surveillances[0].Team).Status);
    }

    // TEL certified 2025-09-30, first surveillance step open.
    private static CycleHarness Certified(string scope = "服务") =>
        new CycleHarness("TEL", D("2025-08-25"), scope: scope).ToDecision(D("2025-08-25"), D("2025-09-26"), CycleSetup.TelThreeStar, _tel)
            .Act(D("2025-09-29"), "certification-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "grant" })
            .Act(D("2025-09-30"), "decision-notification", "notify", CycleHarness.Manager);
}
