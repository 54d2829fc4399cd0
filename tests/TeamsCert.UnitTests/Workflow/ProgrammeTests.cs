using TeamsCert.Domain;
using static TeamsCert.UnitTests.Support.TestRules;

namespace TeamsCert.UnitTests.Workflow;

/// <summary>The audit-programme step in memory: audit time on record, and the A-15 manual figure beyond the table.</summary>
public sealed class ProgrammeTests
{
    private static readonly Dictionary<string, string> _tel = new() { ["mysteryShopper"] = "shopper@cb", ["mysteryShoppingArranged"] = "true" };

    [Fact]
    public void Propose_TelWithinTable_RecordsTableTimeAndJustification()
    {
        var cycle = new CycleHarness("TEL", D("2025-09-01"), personnel: 50)
            .Act(D("2025-09-01"), "application-review", "accept", CycleHarness.Reviewer)
            .Act(D("2025-09-01"), "audit-programme", "propose", CycleHarness.Manager, _tel);

        var programme = cycle.Case.Facts.Programme!;
        Assert.Equal((6m, 6.5m), (programme.PersonDays!.Value, programme.TotalPersonDays!.Value)); // 46–65 → 6 PD; + 0.5 PD mystery shopping, 1 site
        Assert.NotEmpty(programme.Justification);
        Assert.Contains(cycle.Case.NewEvents, e => e.Type == "programme.audit-time" && e.Data["personDays"] == "6");
    }

    [Fact]
    public void Propose_TelAboveTableWithoutManualFigure_RefusedA15_WithFigureAndJustificationRecorded()
    {
        var cycle = new CycleHarness("TEL", D("2025-09-01"), personnel: 1176).Act(D("2025-09-01"), "application-review", "accept", CycleHarness.Reviewer);

        var missing = Assert.Throws<RuleViolationException>(() => cycle.Act(D("2025-09-01"), "audit-programme", "propose", CycleHarness.Manager, _tel));
        var unjustified = Assert.Throws<InvalidInputException>(() => cycle.Act(D("2025-09-01"), "audit-programme", "propose", CycleHarness.Manager,
            new(_tel) { ["manualPersonDays"] = "16" }));
        cycle.Act(D("2025-09-01"), "audit-programme", "propose", CycleHarness.Manager,
            new(_tel) { ["manualPersonDays"] = "16", ["justification"] = "参照 IAF MD 5 外推：1176 人 → 16 人日" });

        Assert.Equal(("A-15", "data.manualPersonDays"), (missing.RuleId, missing.Field));
        Assert.Equal("data.justification", unjustified.Field);
        Assert.Equal(16m, cycle.Case.Facts.Programme!.PersonDays);
        Assert.Contains("A-15", cycle.Case.Facts.Programme.Justification.Single(), StringComparison.Ordinal);
    }
}
