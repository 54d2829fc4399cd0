using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>A surveillance audit with its own team and plan (002 §9.2.2/9.2.5; TEL-R02, TEL-D02, TEL-D05), on each real database.</summary>
public abstract class SurveillanceChainTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly CycleDriver _driver;

    protected SurveillanceChainTests(TDatabase database) => _driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 8, 1))));

    [Fact]
    public async Task Tel_SurveillanceTeamPlanAudit_UnqualifiedLeaderRefusedTelR02_LatePlanRefusedTelD02()
    {
        await _driver.TelToCertificateAsync();
        Assert.Equal(("TEL-D05", StepStatus.Open), (_driver.Open("surveillance-audit").DueRuleId!, _driver.Open("surveillance-team-assignment").Status));

        var unqualified = await Assert.ThrowsAsync<RuleViolationException>(() => _driver.ActAsync(At(2026, 6, 1), "surveillance-team-assignment", "assign",
            DemoStaff.Manager, new() { ["team"] = DemoStaff.Team((DemoStaff.Novice, "teamLeader", null)), ["plannedStart"] = "2026-06-15" }));
        await _driver.ActAsync(At(2026, 6, 1), "surveillance-team-assignment", "assign", DemoStaff.Manager, new()
        {
            ["team"] = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null), (DemoStaff.Auditor.Id, "auditor", null)),
            ["plannedStart"] = "2026-06-15",
        });
        await _driver.ActForAsync(At(2026, 6, 2), "surveillance-team-acceptance", DemoStaff.Leader, "accept", new() { ["conflictOfInterest"] = "none" });
        Assert.DoesNotContain(_driver.Case.Steps, s => s.Kind == "surveillance-audit-plan");
        await _driver.ActForAsync(At(2026, 6, 2), "surveillance-team-acceptance", DemoStaff.Auditor, "accept", new() { ["conflictOfInterest"] = "none" });

        Assert.Equal(DemoStaff.Leader.Id, _driver.Open("surveillance-audit-plan").AssigneeId);
        var late = await Assert.ThrowsAsync<RuleViolationException>(() => _driver.ActAsync(At(2026, 6, 10), "surveillance-audit-plan", "send",
            DemoStaff.Leader, new() { ["onSiteStart"] = "2026-06-12" }));
        await _driver.ActAsync(At(2026, 6, 10), "surveillance-audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2026-06-15" });
        await _driver.ActAsync(At(2026, 6, 11), "surveillance-plan-acknowledgement", "acknowledge", DemoStaff.Applicant);
        await _driver.ActAsync(At(2026, 6, 16), "surveillance-audit", "complete", DemoStaff.Manager, new() { ["start"] = "2026-06-15", ["end"] = "2026-06-16" });

        Assert.Equal(("TEL-R02", "data.team"), (unqualified.RuleId, unqualified.Field));
        Assert.Equal(("TEL-D02", "data.onSiteStart"), (late.RuleId, late.Field)); // Fri Jun 12: due by Tue Jun 9
        var surveillance = _driver.Case.Facts.Surveillances[0];
        Assert.Equal((new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 11), 2), (surveillance.Plan!.SentOn, surveillance.Plan.AcknowledgedOn!.Value, surveillance.Team.Count));
        Assert.Equal(DemoStaff.Leader.Id, _driver.Case.Facts.Audits.Single(a => a.Kind == "surveillance1").LeaderId);
        Assert.Equal(StepStatus.Open, _driver.Open("surveillance-decision").Status);
        Assert.True(JournalChain.Verify(await _driver.Runtime.JournalAsync(_driver.Case.Id)).Valid);
    }
}
