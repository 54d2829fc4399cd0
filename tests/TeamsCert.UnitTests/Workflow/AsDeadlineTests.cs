using TeamsCert.Domain;
using static TeamsCert.UnitTests.Support.TestRules;

namespace TeamsCert.UnitTests.Workflow;

/// <summary>AS month limits in memory: stage 2 within 6 M of stage 1 (AS-D02), surveillances by AS-D03 and A-08.</summary>
public sealed class AsDeadlineTests
{
    private static readonly Dictionary<string, string> _programme = new()
    {
        ["combination"] = "A+G",
        ["designResponsibility"] = "false",
        ["contact"] = "machineToMachine",
        ["fieldCode"] = "0101",
    };

    [Fact]
    public void Stage2_MoreThanSixMonthsAfterStage1_RefusedAsD02_LastDayAccepted()
    {
        var cycle = new CycleHarness("AS", D("2025-12-01"))
            .Act(D("2025-12-01"), "application-review", "accept", CycleHarness.Reviewer)
            .Act(D("2025-12-01"), "audit-programme", "propose", CycleHarness.Manager, _programme)
            .Act(D("2025-12-02"), "programme-confirmation", "confirm", CycleHarness.Applicant)
            .Act(D("2025-12-02"), "contract", "sign", CycleHarness.Manager, new() { ["contractDate"] = "2025-12-02" })
            .Act(D("2025-12-02"), "team-assignment", "assign", CycleHarness.Manager, new() { ["team"] = CycleHarness.LeaderOnlyTeam })
            .Act(D("2025-12-02"), "team-acceptance", "accept", CycleHarness.Leader, new() { ["conflictOfInterest"] = "none" })
            .Act(D("2025-12-03"), "audit-plan", "send", CycleHarness.Leader, new() { ["onSiteStart"] = "2025-12-30" })
            .Act(D("2025-12-03"), "plan-acknowledgement", "acknowledge", CycleHarness.Applicant)
            .Act(D("2025-12-31"), "stage1-audit", "complete", CycleHarness.Leader, new() { ["start"] = "2025-12-30", ["end"] = "2025-12-31" });
        Assert.Equal(D("2026-06-30"), cycle.Open("stage2-audit").DueOn); // Dec 31 + 6 M clamps to Jun 30

        var late = Assert.Throws<RuleViolationException>(() => cycle.Act(D("2026-07-02"), "stage2-audit", "complete", CycleHarness.Leader,
            new() { ["start"] = "2026-07-01", ["end"] = "2026-07-02", ["score"] = "{}" }));
        cycle.Act(D("2026-07-02"), "stage2-audit", "complete", CycleHarness.Leader, new() { ["start"] = "2026-06-30", ["end"] = "2026-07-02", ["score"] = "{}" });

        Assert.Equal(("AS-D02", "data.start"), (late.RuleId, late.Field));
        Assert.Equal(100m, cycle.Case.Facts.Score!.Value);
    }

    [Fact]
    public void Surveillance_AfterTwelveMonthsOfDecision_RefusedAsD03_SecondAfterFifteenMonthsRefusedA08()
    {
        var cycle = new CycleHarness("AS", D("2025-12-01"));
        cycle.ToDecision(D("2025-12-01"), D("2026-01-09"), "{}", _programme, confirmContract: true)
            .Act(D("2026-01-12"), "certification-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "grant" })
            .Act(D("2026-01-13"), "decision-notification", "notify", CycleHarness.Manager);
        Assert.Equal(D("2027-01-12"), cycle.Open("surveillance-audit").DueOn);

        var late = Assert.Throws<RuleViolationException>(() => Survey(cycle, "2027-01-13"));
        Survey(cycle, "2027-01-12").Act(D("2027-01-20"), "surveillance-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "maintain" });
        var tooLate = Assert.Throws<RuleViolationException>(() => Survey(cycle, "2028-04-13", "季节性"));
        Survey(cycle, "2028-04-12", "季节性"); // A-08 hard stop: 15 M after 2027-01-12

        Assert.Equal(("AS-D03", "data.start"), (late.RuleId, late.Field));
        Assert.Equal(("A-08", "data.start"), (tooLate.RuleId, tooLate.Field));
        Assert.Equal("季节性", cycle.Case.Facts.Surveillances[1].Justification);
    }

    private static CycleHarness Survey(CycleHarness cycle, string start, string? justification = null)
    {
        var data = new Dictionary<string, string> { ["score"] = "{}" };
        if (justification is not null)
        {
            data["justification"] = justification;
        }

        return cycle.Survey(start, start, data);
    }
}
