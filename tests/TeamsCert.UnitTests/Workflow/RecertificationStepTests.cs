using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using static TeamsCert.UnitTests.Support.TestRules;

namespace TeamsCert.UnitTests.Workflow;

/// <summary>Recertification in memory (§2.10): application window and the stage-1 rule for TEL (002 §9.3).</summary>
public sealed class RecertificationStepTests
{
    private static readonly Dictionary<string, string> _tel = new() { ["mysteryShopper"] = "shopper@cb", ["mysteryShoppingArranged"] = "true" };

    [Fact]
    public void Tel_SignificantChange_RecertificationAuditStartsWithStage1()
    {
        var cycle = Applied(significantChange: true);

        Assert.NotNull(cycle.Case.OpenStep("stage1-audit"));
        Assert.Null(cycle.Case.OpenStep("stage2-audit"));
        Assert.True(cycle.Case.Facts.Recertification!.SignificantChange);
    }

    [Fact]
    public void Tel_NoSignificantChange_RecertificationAuditWithoutStage1()
    {
        var cycle = Applied(significantChange: false);

        Assert.Null(cycle.Case.OpenStep("stage1-audit"));
        Assert.NotNull(cycle.Case.OpenStep("stage2-audit"));
    }

    [Fact]
    public void Tel_ApplicationAfterExpiry_RefusedTelD06_BeforeWindowRefusedA09()
    {
        var cycle = TwoSurveillances();

        var early = Assert.Throws<RuleViolationException>(() => cycle.Act(D("2028-06-28"), "recertification-application", "apply", CycleHarness.Applicant));
        var late = Assert.Throws<RuleViolationException>(() => cycle.Act(D("2028-09-30"), "recertification-application", "apply", CycleHarness.Applicant));

        Assert.Equal("A-09", early.RuleId);
        Assert.Equal("TEL-D06", late.RuleId); // the certificate ran until 2028-09-29
        Assert.Null(cycle.Case.Facts.Recertification);
    }

    [Fact]
    public void Tel_ExpiryBeforeTheLastDayRefusedTelD06_AfterItExpiresAndCancelsRecertification()
    {
        var cycle = TwoSurveillances();

        var early = Assert.Throws<RuleViolationException>(() => cycle.Act(D("2028-09-29"), "certificate-expiry", "expire", CycleHarness.Manager));
        cycle.Act(D("2028-10-08"), "certificate-expiry", "expire", CycleHarness.Manager);

        Assert.Equal("TEL-D06", early.RuleId);
        Assert.Equal(Domain.Certificates.CertificateState.Expired, cycle.Case.Facts.Certificate!.State);
        Assert.Equal(StepStatus.Cancelled, cycle.Case.Steps.Single(s => s.Kind == "recertification-application").Status);
    }

    [Fact]
    public void Tel_RecertificationRefused_CertificateRunsOnToItsExpiry()
    {
        var cycle = Applied(significantChange: false)
            .Act(D("2028-07-12"), "mystery-shopping", "record", new Actor("shopper@cb", "暗访员", new HashSet<string> { "mysteryShopper" }), new() { ["date"] = "2028-07-12" })
            .Act(D("2028-07-19"), "stage2-audit", "complete", CycleHarness.Leader, new() { ["start"] = "2028-07-17", ["end"] = "2028-07-19", ["score"] = CycleSetup.TelThreeStar })
            .Act(D("2028-07-20"), "report-approval", "approve", CycleHarness.Leader)
            .Act(D("2028-07-24"), "certification-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "refuse", ["reasons"] = "投诉处理不符合", ["complaints"] = "9" });

        Assert.Equal((CaseStage.Certified, 9), (cycle.Case.Stage, cycle.Case.Facts.Decision!.Complaints!.Value));
        Assert.Equal(Domain.Certificates.CertificateState.Valid, cycle.Case.Facts.Certificate!.State);
        Assert.Equal(D("2028-09-29"), cycle.Open("certificate-expiry").DueOn);
        Assert.Empty(cycle.Case.Facts.PreviousCertificates);
    }

    private static CycleHarness Applied(bool significantChange) =>
        TwoSurveillances()
            .Act(D("2028-07-03"), "recertification-application", "apply", CycleHarness.Applicant, new() { ["significantChange"] = significantChange ? "true" : "false" })
            .Act(D("2028-07-03"), "audit-programme", "propose", CycleHarness.Manager, _tel)
            .Act(D("2028-07-03"), "team-assignment", "assign", CycleHarness.Manager, new() { ["team"] = CycleHarness.LeaderOnlyTeam, ["plannedStart"] = "2028-07-17" })
            .Act(D("2028-07-03"), "team-acceptance", "accept", CycleHarness.Leader, new() { ["conflictOfInterest"] = "none" })
            .Act(D("2028-07-04"), "audit-plan", "send", CycleHarness.Leader, new() { ["onSiteStart"] = "2028-07-17" })
            .Act(D("2028-07-04"), "plan-acknowledgement", "acknowledge", CycleHarness.Applicant);

    // TEL certified 2025-09-30 (expires 2028-09-29), both surveillances maintained.
    private static CycleHarness TwoSurveillances() =>
        new CycleHarness("TEL", D("2025-08-25")).ToDecision(D("2025-08-25"), D("2025-09-26"), CycleSetup.TelThreeStar, _tel)
            .Act(D("2025-09-29"), "certification-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "grant" })
            .Act(D("2025-09-30"), "decision-notification", "notify", CycleHarness.Manager)
            .Survey("2026-08-19", "2026-08-20")
            .Act(D("2026-08-21"), "surveillance-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "maintain" })
            .Survey("2027-08-19", "2027-08-20")
            .Act(D("2027-08-23"), "surveillance-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "maintain" });
}
