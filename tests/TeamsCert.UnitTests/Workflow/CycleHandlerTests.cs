using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using static TeamsCert.UnitTests.Support.TestRules;

namespace TeamsCert.UnitTests.Workflow;

/// <summary>Cycle handlers in memory: outcomes, clock pauses and refusals that need no database.</summary>
public sealed class CycleHandlerTests
{
    private const string Composite = """{"weighted":{"服务质量评价":90,"服务效率评价":90,"服务效果评价":90,"战略规划评价":90,"运营过程评价":90,"人员管理评价":90,"系统管理评价":90}}""";
    private const string NoStar = """{"parts":{"1.0":{"items":10,"methodCompliant":5,"executed":5},"2.0":{"items":10,"methodCompliant":5,"executed":5},"3.0":{"items":10,"methodCompliant":5,"executed":5},"4.0":{"items":10,"methodCompliant":5,"executed":5}},"totalScore":1000}""";
    private static readonly Dictionary<string, string> _telProgramme = new() { ["mysteryShopper"] = "shopper@cb", ["mysteryShoppingArranged"] = "true" };

    [Fact]
    public void Cc9_CommitteeConditionalGrantThenVerifiedCorrections_NotificationDueCc9D02()
    {
        var cycle = new CycleHarness("CC9", D("2025-04-01"));
        Assert.Equal(D("2025-04-09"), cycle.Open("application-review").DueOn); // CC9-D01: Apr 4 清明 off

        cycle.ToDecision(D("2025-04-01"), D("2025-04-28"), Composite)
            .Act(D("2025-04-29"), "committee-report-approval", "approve", CycleHarness.Committee);
        var independent = Assert.Throws<ActorNotAllowedException>(() =>
            cycle.Act(D("2025-04-30"), "certification-decision", "decide", CycleHarness.LeaderAsDecider, new() { ["outcome"] = "grant" }));
        cycle.Act(D("2025-04-30"), "certification-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "conditionalGrant", ["reasons"] = "限期整改" });
        Assert.Null(cycle.Case.OpenStep("decision-notification"));
        cycle.Act(D("2025-05-06"), "corrective-actions", "submit", CycleHarness.Applicant, new() { ["actions"] = "已整改" })
            .Act(D("2025-05-07"), "corrective-action-verification", "verify", CycleHarness.Leader);

        Assert.Equal("A-13", independent.RuleId);
        Assert.Equal(("CC9-D02", D("2025-05-12")), (cycle.Open("decision-notification").DueRuleId!, cycle.Open("decision-notification").DueOn!.Value));
        Assert.Contains(cycle.Case.NewEvents, e => e.Type == "step.completed" && e.RuleId == "CC9-R02" && e.ActorId == CycleHarness.Committee.Id);
    }

    [Fact]
    public void Tel_MoreInformationTwiceWhilePaused_RefusedA06()
    {
        var cycle = new CycleHarness("TEL", D("2025-08-25")).ToDecision(D("2025-08-25"), D("2025-09-26"), CycleSetup.TelThreeStar, _telProgramme);
        cycle.Act(D("2025-09-30"), "certification-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "moreInformation" });

        var again = Assert.Throws<RuleViolationException>(() =>
            cycle.Act(D("2025-10-09"), "certification-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "moreInformation" }));
        cycle.Act(D("2025-10-13"), "supply-information", "supply", CycleHarness.Applicant, new() { ["information"] = "投诉台账" });

        Assert.Equal("A-06", again.RuleId);
        Assert.Equal(D("2025-10-22"), cycle.Open("certification-decision").DueOn); // TEL-D03 without Sep 30–Oct 13
    }

    [Fact]
    public void Tel_GrantWithoutAnyStarLevel_RefusedA25()
    {
        var cycle = new CycleHarness("TEL", D("2025-08-25")).ToDecision(D("2025-08-25"), D("2025-09-26"), NoStar, _telProgramme);

        var error = Assert.Throws<RuleViolationException>(() =>
            cycle.Act(D("2025-09-29"), "certification-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "grant" }));

        Assert.Equal(("A-25", "data.outcome"), (error.RuleId, error.Field));
        Assert.Null(cycle.Case.Facts.Score!.Grade);
    }

    [Theory]
    [InlineData("A+Z", "personToPerson", "data.combination")]
    [InlineData("A+B+G", "faceToFace", "data.contact")]
    public void As_ProgrammeWithBadModes_InvalidInputNamesField(string combination, string contact, string field)
    {
        var cycle = new CycleHarness("AS", D("2025-12-01")).Act(D("2025-12-01"), "application-review", "accept", CycleHarness.Reviewer);

        var error = Assert.Throws<InvalidInputException>(() => cycle.Act(D("2025-12-01"), "audit-programme", "propose", CycleHarness.Manager,
            new() { ["combination"] = combination, ["designResponsibility"] = "false", ["contact"] = contact, ["fieldCode"] = "0101" }));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void AuditPlan_ByAnotherTeamLeaderOrWithoutRole_Refused()
    {
        var cycle = new CycleHarness("TEL", D("2025-09-01"))
            .Act(D("2025-09-01"), "application-review", "accept", CycleHarness.Reviewer)
            .Act(D("2025-09-01"), "audit-programme", "propose", CycleHarness.Manager, _telProgramme)
            .Act(D("2025-09-01"), "team-assignment", "assign", CycleHarness.Manager, new() { ["team"] = CycleHarness.LeaderOnlyTeam })
            .Act(D("2025-09-01"), "team-acceptance", "accept", CycleHarness.Leader, new() { ["conflictOfInterest"] = "none" });
        var otherLeader = new Actor("other@cb", "其他组长", new HashSet<string> { "teamLeader" });

        var notAssigned = Assert.Throws<ActorNotAllowedException>(() =>
            cycle.Act(D("2025-09-01"), "audit-plan", "send", otherLeader, new() { ["onSiteStart"] = "2025-09-15" }));
        var noRole = Assert.Throws<ActorNotAllowedException>(() =>
            cycle.Act(D("2025-09-01"), "audit-plan", "send", CycleHarness.Applicant, new() { ["onSiteStart"] = "2025-09-15" }));
        var badDate = Assert.Throws<InvalidInputException>(() =>
            cycle.Act(D("2025-09-01"), "audit-plan", "send", CycleHarness.Leader, new() { ["onSiteStart"] = "15.09.2025" }));

        Assert.Equal(("ROLE", "ROLE"), (notAssigned.RuleId, noRole.RuleId));
        Assert.Equal("data.onSiteStart", badDate.Field);
        Assert.Equal(StepStatus.Open, cycle.Open("audit-plan").Status);
    }
}
