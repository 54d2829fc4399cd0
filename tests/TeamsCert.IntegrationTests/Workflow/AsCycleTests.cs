using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>The AS (BAC-FR01-2021) cycle on each real database, from application to the second surveillance.</summary>
public abstract class AsCycleTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string Score = """{"excluded":["废弃商品回收"],"failedItems":{"维修":[1]},"specialDeductions":0,"bonus":0}""";
    private static readonly string _team = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null), (DemoStaff.Auditor.Id, "auditor", null));
    private readonly CycleDriver _driver;

    protected AsCycleTests(TDatabase database) => _driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 12, 1))));

    [Fact]
    public async Task WholeCycle_ModesContractAuditsDecisionCertificateSurveillance_A20AsD13AsR05AsD02AsR01AsD03A08A09()
    {
        await _driver.OpenAsync("AS", At(2025, 12, 1));
        Assert.Equal(new DateOnly(2025, 12, 8), _driver.Open("application-review").DueOn); // AS-D01 (A-05: 5 WD)
        await _driver.ActAsync(At(2025, 12, 1), "application-review", "accept", RuntimeHarness.Reviewer);
        await _driver.ActAsync(At(2025, 12, 1), "audit-programme", "propose", DemoStaff.Manager, new()
        {
            ["combination"] = "A+B+G",
            ["designResponsibility"] = "false",
            ["contact"] = "personToPerson",
            ["fieldCode"] = "0101",
        });
        Assert.Equal("A+B+G+I", _driver.Case.Facts.Programme!.Modes); // A-20 adds I (management audit at stage 2)
        Assert.Equal(CaseStage.AuditProgramme, _driver.Case.Stage);

        await _driver.ActAsync(At(2025, 12, 3), "programme-confirmation", "confirm", DemoStaff.Applicant);
        var early = await Assert.ThrowsAsync<RuleViolationException>(() =>
            _driver.ActAsync(At(2025, 12, 3), "contract", "sign", DemoStaff.Manager, new() { ["contractDate"] = "2025-12-02" }));
        Assert.Equal(("AS-D13", "data.contractDate"), (early.RuleId, early.Field));
        await _driver.ActAsync(At(2025, 12, 3), "contract", "sign", DemoStaff.Manager, new() { ["contractDate"] = "2025-12-03" });

        await _driver.ActAsync(At(2025, 12, 3), "team-assignment", "assign", DemoStaff.Manager, new() { ["team"] = _team, ["plannedStart"] = "2025-12-15" });
        await _driver.ActForAsync(At(2025, 12, 3), "team-acceptance", DemoStaff.Leader, "accept", new() { ["conflictOfInterest"] = "none" });
        await _driver.ActForAsync(At(2025, 12, 3), "team-acceptance", DemoStaff.Auditor, "accept", new() { ["conflictOfInterest"] = "none" });
        await _driver.ActAsync(At(2025, 12, 5), "audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2025-12-15" });
        await _driver.ActAsync(At(2025, 12, 5), "plan-acknowledgement", "acknowledge", DemoStaff.Applicant);

        var outsider = await Assert.ThrowsAsync<RuleViolationException>(() =>
            _driver.ActAsync(At(2025, 12, 10), "mystery-shopping", "record", DemoStaff.Outsider, new() { ["date"] = "2025-12-10" }));
        Assert.Equal("AS-R05", outsider.RuleId); // mode B: shoppers are auditors of the team
        await _driver.ActAsync(At(2025, 12, 10), "mystery-shopping", "record", DemoStaff.Auditor, new() { ["date"] = "2025-12-10" });

        await _driver.ActAsync(At(2025, 12, 16), "stage1-audit", "complete", DemoStaff.Leader, new() { ["start"] = "2025-12-15", ["end"] = "2025-12-16" });
        Assert.Equal(("AS-D02", new DateOnly(2026, 6, 16)), (_driver.Open("stage2-audit").DueRuleId!, _driver.Open("stage2-audit").DueOn!.Value));
        var sameDay = await Assert.ThrowsAsync<RuleViolationException>(() => _driver.ActAsync(At(2025, 12, 16), "stage2-audit", "complete",
            DemoStaff.Leader, new() { ["start"] = "2025-12-16", ["end"] = "2025-12-16", ["score"] = Score }));
        Assert.Equal(("AS-D02", "data.start"), (sameDay.RuleId, sameDay.Field)); // at least half a day after stage 1
        await _driver.ActAsync(At(2026, 1, 7), "stage2-audit", "complete", DemoStaff.Leader, new()
        {
            ["start"] = "2026-01-05",
            ["end"] = "2026-01-07",
            ["findings"] = """[{"grade":"observation","clause":"GB/T 27922 5.3","evidence":"回访记录未归档"}]""",
            ["score"] = Score,
        });
        Assert.Equal((97.96m, "五星级"), (_driver.Case.Facts.Score!.Value!.Value, _driver.Case.Facts.Score.Grade)); // 96 / 98 applicable

        await _driver.ActAsync(At(2026, 1, 8), "report-approval", "approve", DemoStaff.Leader);
        Assert.Null(_driver.Open("certification-decision").DueOn); // AS has no decision deadline
        var auditor = await Assert.ThrowsAsync<ActorNotAllowedException>(() => _driver.ActAsync(At(2026, 1, 12), "certification-decision", "decide",
            DemoStaff.LeaderAsDecider, new() { ["outcome"] = "grant" }));
        Assert.Equal("AS-R01", auditor.RuleId);
        await _driver.ActAsync(At(2026, 1, 12), "certification-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "grant" });
        await _driver.ActAsync(At(2026, 1, 13), "decision-notification", "notify", DemoStaff.Manager);

        var certificate = _driver.Case.Facts.Certificate!;
        Assert.Equal(("3072601010001R0", "307 26 0101 0001 R0"), (certificate.Number, certificate.DisplayNumber));
        Assert.Equal((new DateOnly(2026, 1, 13), new DateOnly(2029, 1, 12), "五星级"), (certificate.IssuedOn, certificate.ExpiresOn, certificate.Grade));
        Assert.Equal(CertificateState.Valid, certificate.State);
        Assert.Equal(new DateOnly(2028, 10, 12), _driver.Case.Facts.RecertificationReminderOn);

        Assert.Equal(("AS-D03", new DateOnly(2027, 1, 12)), (_driver.Open("surveillance-audit").DueRuleId!, _driver.Open("surveillance-audit").DueOn!.Value));
        await _driver.SurveyAsync(At(2027, 1, 4), "2027-01-11", At(2027, 1, 12), new() { ["score"] = Score });
        await _driver.ActAsync(At(2027, 1, 15), "surveillance-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "maintain" });
        Assert.Equal(("A-08", new DateOnly(2028, 4, 11)), (_driver.Open("surveillance-audit").DueRuleId!, _driver.Open("surveillance-audit").DueOn!.Value));

        await _driver.PrepareSurveillanceAsync(At(2028, 2, 7), "2028-02-14");
        var unjustified = await Assert.ThrowsAsync<RuleViolationException>(() => _driver.ActAsync(At(2028, 2, 15), "surveillance-audit", "complete",
            DemoStaff.Manager, new() { ["start"] = "2028-02-14", ["end"] = "2028-02-15", ["score"] = Score }));
        Assert.Equal(("A-08", "data.justification"), (unjustified.RuleId, unjustified.Field)); // past 12 M from 2027-01-11
        await _driver.ActAsync(At(2028, 2, 15), "surveillance-audit", "complete", DemoStaff.Manager, new()
        {
            ["start"] = "2028-02-14",
            ["end"] = "2028-02-15",
            ["justification"] = "旺季（春节）后实施",
            ["score"] = Score,
        });
        await _driver.ActAsync(At(2028, 2, 18), "surveillance-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "maintain" });

        Assert.DoesNotContain(_driver.Case.Steps, s => s.Kind == "surveillance-audit" && s.Status == StepStatus.Open); // AS-D04: two per validity
        Assert.Equal([new DateOnly(2027, 1, 11), new DateOnly(2028, 2, 14)], _driver.Case.Facts.Surveillances.Select(s => s.DoneOn!.Value));
        Assert.True(JournalChain.Verify(await _driver.Runtime.JournalAsync(_driver.Case.Id)).Valid);
    }

    [Fact]
    public async Task SurveillanceDecision_ScoreBelow70OrFiveSpecialDeductions_MaintainRefusedA35_SuspendAccepted()
    {
        await _driver.AsToCertificateAsync();
        const string fiveSpecial = """{"specialDeductions":5}""";
        await _driver.SurveyAsync(At(2027, 1, 4), "2027-01-11", At(2027, 1, 12), new() { ["score"] = fiveSpecial });
        var surveillance = _driver.Case.Facts.Surveillances[0];
        Assert.Equal((95m, false), (surveillance.Score!.Value!.Value, surveillance.Score.Passed!.Value)); // 100 − 5, but ≥ 5 special deductions fail

        var maintain = await Assert.ThrowsAsync<RuleViolationException>(() =>
            _driver.ActAsync(At(2027, 1, 15), "surveillance-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "maintain" }));
        Assert.Equal(("A-35", "data.outcome"), (maintain.RuleId, maintain.Field));
        await _driver.ActAsync(At(2027, 1, 15), "surveillance-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "suspend", ["reasons"] = "特别扣分项 5 个" });
        Assert.Equal(CertificateState.Suspended, _driver.Case.Facts.Certificate!.State);

        const string below70 = """{"failedItems":{"组织架构":[1],"人员配置":[1],"资源配置":[1],"规范要求":[1],"监督":[1],"改进":[1]}}""";
        await _driver.SurveyAsync(At(2028, 1, 3), "2028-01-10", At(2028, 1, 10), new() { ["score"] = below70 });
        Assert.Equal((66m, false), (_driver.Case.Facts.Surveillances[1].Score!.Value!.Value, _driver.Case.Facts.Surveillances[1].Score!.Passed!.Value));
        var low = await Assert.ThrowsAsync<RuleViolationException>(() =>
            _driver.ActAsync(At(2028, 1, 12), "surveillance-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "maintain" }));
        Assert.Equal("A-35", low.RuleId);
        Assert.True(JournalChain.Verify(await _driver.Runtime.JournalAsync(_driver.Case.Id)).Valid);
    }
}
