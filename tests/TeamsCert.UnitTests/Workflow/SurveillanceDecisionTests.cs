using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using static TeamsCert.UnitTests.Support.TestRules;

namespace TeamsCert.UnitTests.Workflow;

/// <summary>Surveillance decisions in memory (002 §9.2.8; 004 §5.7.3).</summary>
public sealed class SurveillanceDecisionTests
{
    private static readonly Dictionary<string, string> _tel = new() { ["mysteryShopper"] = "shopper@cb", ["mysteryShoppingArranged"] = "true" };

    [Fact]
    public void Tel_MoreInformationThenMaintain_NextSurveillanceDueTelD05()
    {
        var cycle = Certified();
        cycle.Act(D("2026-08-21"), "surveillance-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "moreInformation", ["reasons"] = "补充投诉记录" });
        Assert.Null(cycle.Case.OpenStep("surveillance-audit"));

        cycle.Act(D("2026-08-25"), "supply-information", "supply", CycleHarness.Applicant, new() { ["information"] = "投诉记录" })
            .Act(D("2026-08-26"), "surveillance-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "maintain" });

        Assert.Contains(cycle.Case.NewEvents, e => e.Type == "decision.more-information" && e.Reason == "补充投诉记录");
        Assert.Equal("maintain", cycle.Case.Facts.Surveillances[0].Outcome); // the same decision step, answered once the information came
        Assert.Equal(("TEL-D05", D("2027-08-20")), (cycle.Open("surveillance-audit").DueRuleId!, cycle.Open("surveillance-audit").DueOn!.Value));
        Assert.Equal(Domain.Certificates.CertificateState.Valid, cycle.Case.Facts.Certificate!.State);
    }

    [Fact]
    public void Tel_RevokeAfterSurveillance_ClosesCaseAndCancelsTheRest()
    {
        var cycle = Certified();

        var initialOnly = Assert.Throws<InvalidInputException>(() =>
            cycle.Act(D("2026-08-21"), "surveillance-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "grant" }));
        cycle.Act(D("2026-08-21"), "surveillance-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "revoke", ["reasons"] = "严重不符合未纠正" });

        Assert.Equal("data.outcome", initialOnly.Field);
        Assert.Equal((CaseStage.Closed, Domain.Certificates.CertificateState.Revoked), (cycle.Case.Stage, cycle.Case.Facts.Certificate!.State));
        Assert.DoesNotContain(cycle.Case.Steps, s => s.Status == StepStatus.Open);
    }

    // TEL certified 2025-09-30; first surveillance done 2026-08-19..20, its decision open.
    private static CycleHarness Certified() =>
        new CycleHarness("TEL", D("2025-08-25")).ToDecision(D("2025-08-25"), D("2025-09-26"), CycleSetup.TelThreeStar, _tel)
            .Act(D("2025-09-29"), "certification-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "grant" })
            .Act(D("2025-09-30"), "decision-notification", "notify", CycleHarness.Manager)
            .Survey("2026-08-19", "2026-08-20");
}
