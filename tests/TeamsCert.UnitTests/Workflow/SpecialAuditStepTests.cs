using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using static TeamsCert.UnitTests.Support.TestRules;

namespace TeamsCert.UnitTests.Workflow;

/// <summary>Special-audit requests on a certified TEL case in memory (002 §9.4, §11).</summary>
public sealed class SpecialAuditStepTests
{
    private static readonly Dictionary<string, string> _tel = new() { ["mysteryShopper"] = "shopper@cb", ["mysteryShoppingArranged"] = "true" };

    [Fact]
    public void Request_UnknownTriggerOrNoDescription_RefusedNamingTheField()
    {
        var cycle = Certified();

        var trigger = Assert.Throws<InvalidInputException>(() => Request(cycle, "serious-accident")); // an AS trigger
        var description = Assert.Throws<InvalidInputException>(() => cycle.Act(D("2025-11-03"), "certificate-status", "special-audit-request", CycleHarness.Manager,
            new() { ["trigger"] = "complaint", ["team"] = CycleHarness.LeaderOnlyTeam }));

        Assert.Equal(("data.trigger", "data.description"), (trigger.Field, description.Field));
        Assert.Empty(cycle.Case.Facts.SpecialAudits);
    }

    [Fact]
    public void Request_WhileOneIsUnderWay_RefusedAndStatusStepStaysOpen()
    {
        var cycle = Request(Certified(), "complaint");

        var second = Assert.Throws<InvalidInputException>(() => Request(cycle, "other"));

        Assert.Equal("action", second.Field);
        Assert.Equal(CycleHarness.Leader.Id, cycle.Open("special-audit").AssigneeId);
        Assert.Contains(cycle.Case.NewEvents, e => e.Type == "special-audit.requested" && e.Data["source"] == "002 §11");
    }

    [Fact]
    public void MisuseCorrectionRequest_TelHasNoAsD11Deadline_Refused()
    {
        var cycle = Certified();

        var refused = Assert.Throws<InvalidInputException>(() =>
            cycle.Act(D("2025-11-03"), "certificate-status", "misuse-correction-request", CycleHarness.Manager, new() { ["description"] = "误用标志" }));

        Assert.Equal("action", refused.Field);
        Assert.DoesNotContain(cycle.Case.Steps, s => s.Kind == "misuse-correction");
    }

    private static CycleHarness Request(CycleHarness cycle, string trigger) =>
        cycle.Act(D("2025-11-03"), "certificate-status", "special-audit-request", CycleHarness.Manager,
            new() { ["trigger"] = trigger, ["description"] = "用户投诉", ["team"] = CycleHarness.LeaderOnlyTeam });

    private static CycleHarness Certified() =>
        new CycleHarness("TEL", D("2025-08-25")).ToDecision(D("2025-08-25"), D("2025-09-26"), CycleSetup.TelThreeStar, _tel)
            .Act(D("2025-09-29"), "certification-decision", "decide", CycleHarness.Decider, new() { ["outcome"] = "grant" })
            .Act(D("2025-09-30"), "decision-notification", "notify", CycleHarness.Manager);
}
