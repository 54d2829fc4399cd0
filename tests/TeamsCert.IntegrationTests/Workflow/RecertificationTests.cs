using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>
/// Whole cycles across years on each real database: application → certificate → two surveillances → recertification
/// (§2.10): application window, recertification programme and audit without stage 1, decision on the cycle's
/// performance (004 §5.8.2.2), renewed certificate (A-29, AS-D06, TEL-D06) and the next cycle's schedule (AS-D05).
/// </summary>
public abstract class RecertificationTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string AsScore = """{"excluded":["废弃商品回收"],"failedItems":{"维修":[1]},"specialDeductions":0,"bonus":0}""";
    private readonly CycleDriver _driver;

    protected RecertificationTests(TDatabase database) => _driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 8, 1))));

    [Fact]
    public async Task Tel_TwoSurveillancesThenRecertification_SameNumberContinuousValidity_TelD05A09TelD06TelR01()
    {
        await _driver.TelToCertificateAsync();
        var initialDays = _driver.Case.Facts.Programme!.PersonDays;
        Assert.Equal(new DateOnly(2026, 8, 20), _driver.Open("surveillance-audit").DueOn); // TEL-D05: 12 M after stage 2 ended 2025-08-20
        await SurveyAsync(At(2026, 8, 18), "2026-08-17", "2026-08-10");
        Assert.Equal(new DateOnly(2027, 8, 18), _driver.Open("surveillance-audit").DueOn);
        await SurveyAsync(At(2027, 8, 17), "2027-08-16", "2027-08-10");

        var application = _driver.Open("recertification-application");
        Assert.Equal((new DateOnly(2028, 9, 29), "A-09"), (application.DueOn!.Value, application.DueRuleId!)); // decide before expiry
        var early = await Assert.ThrowsAsync<RuleViolationException>(() => _driver.ActAsync(At(2028, 6, 28), "recertification-application", "apply", DemoStaff.Applicant));
        Assert.Equal("A-09", early.RuleId); // opens at expiry − 3 M = 2028-06-29
        await _driver.ActAsync(At(2028, 7, 3), "recertification-application", "apply", DemoStaff.Applicant, new() { ["significantChange"] = "false" });
        await _driver.ActAsync(At(2028, 7, 3), "audit-programme", "propose", DemoStaff.Manager,
            new() { ["mysteryShopper"] = DemoStaff.Shopper.Id, ["mysteryShoppingArranged"] = "true" });
        Assert.True(_driver.Case.Facts.Programme!.PersonDays < initialDays); // audit time kind recertification

        await _driver.ActAsync(At(2028, 7, 3), "team-assignment", "assign", DemoStaff.Manager, new() { ["team"] = TelTeam, ["plannedStart"] = "2028-07-17" });
        foreach (var member in new[] { DemoStaff.Leader, DemoStaff.Auditor, DemoStaff.Expert })
        {
            await _driver.ActForAsync(At(2028, 7, 4), "team-acceptance", member, "accept", new() { ["conflictOfInterest"] = "none" });
        }

        await _driver.ActAsync(At(2028, 7, 10), "audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2028-07-17" });
        await _driver.ActAsync(At(2028, 7, 10), "plan-acknowledgement", "acknowledge", DemoStaff.Applicant);
        Assert.Null(_driver.Case.OpenStep("stage1-audit")); // no significant change: no stage 1 (002 §9.3)
        await _driver.ActAsync(At(2028, 7, 12), "mystery-shopping", "record", DemoStaff.Shopper, new() { ["date"] = "2028-07-12" });
        await _driver.ActAsync(At(2028, 7, 19), "stage2-audit", "complete", DemoStaff.Leader,
            new() { ["start"] = "2028-07-17", ["end"] = "2028-07-19", ["score"] = TelScore });
        await _driver.ActAsync(At(2028, 7, 20), "report-approval", "approve", DemoStaff.Leader);

        var auditor = await Assert.ThrowsAsync<ActorNotAllowedException>(() => _driver.ActAsync(At(2028, 7, 24), "certification-decision", "decide",
            DemoStaff.LeaderAsDecider, new() { ["outcome"] = "grant", ["complaints"] = "2" }));
        Assert.Equal("TEL-R01", auditor.RuleId);
        var noComplaints = await Assert.ThrowsAsync<InvalidInputException>(() =>
            _driver.ActAsync(At(2028, 7, 24), "certification-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "grant" }));
        Assert.Equal("data.complaints", noComplaints.Field);
        await _driver.ActAsync(At(2028, 7, 24), "certification-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "grant", ["complaints"] = "2" });
        Assert.Equal((2, "1:maintain; 2:maintain"), (_driver.Case.Facts.Decision!.Complaints!.Value, _driver.Case.Facts.Decision.SurveillanceResults));
        await _driver.ActAsync(At(2028, 7, 25), "decision-notification", "notify", DemoStaff.Manager);

        var (old, renewed) = (Assert.Single(_driver.Case.Facts.PreviousCertificates), _driver.Case.Facts.Certificate!);
        Assert.Equal((old.Number, 2025), (renewed.Number, _driver.Case.Facts.CertificateSequenceYear!.Value)); // TEL keeps its number (002 §10.3) and sequence year
        Assert.Equal((new DateOnly(2028, 9, 30), new DateOnly(2031, 9, 29)), (renewed.ValidFrom!.Value, renewed.ExpiresOn)); // continuity, TEL-D06
        Assert.StartsWith("renewed", old.History[^1].Reason, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2029, 7, 19), _driver.Open("surveillance-audit").DueOn); // TEL-D05 from the recertification audit
        Assert.Equal(new DateOnly(2031, 9, 29), _driver.Open("certificate-expiry").DueOn);
        Assert.Single(_driver.Case.Steps, s => s.Status == StepStatus.Open && s.Kind == "certificate-status");
        Assert.True(JournalChain.Verify(await _driver.Runtime.JournalAsync(_driver.Case.Id)).Valid);
    }

    [Fact]
    public async Task As_TwoSurveillancesThenRecertification_R1NumberAsD06RefusalCycleFromDecision_AsD03A08A09AsD05AsD06A29()
    {
        await _driver.AsToCertificateAsync();
        Assert.Equal(new DateOnly(2027, 1, 12), _driver.Open("surveillance-audit").DueOn); // AS-D03: 12 M after the decision 2026-01-12
        await _driver.SurveyAsync(At(2027, 1, 4), "2027-01-11", At(2027, 1, 12), new() { ["score"] = AsScore });
        await _driver.ActAsync(At(2027, 1, 15), "surveillance-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "maintain" });
        Assert.Equal(new DateOnly(2028, 4, 11), _driver.Open("surveillance-audit").DueOn); // 15 M from 2027-01-11
        await _driver.SurveyAsync(At(2028, 1, 3), "2028-01-10", At(2028, 1, 10), new() { ["score"] = "{}" });
        await _driver.ActAsync(At(2028, 1, 12), "surveillance-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "maintain" });

        Assert.Equal(new DateOnly(2029, 1, 12), _driver.Open("recertification-application").DueOn);
        await _driver.ActAsync(At(2028, 10, 16), "recertification-application", "apply", DemoStaff.Applicant); // A-09 window from 2028-10-12
        await _driver.ActAsync(At(2028, 10, 16), "audit-programme", "propose", DemoStaff.Manager,
            new() { ["combination"] = "A+G", ["designResponsibility"] = "false", ["contact"] = "machineToMachine", ["fieldCode"] = "0101" });
        await _driver.ActAsync(At(2028, 10, 17), "programme-confirmation", "confirm", DemoStaff.Applicant);
        await _driver.ActAsync(At(2028, 10, 17), "contract", "sign", DemoStaff.Manager, new() { ["contractDate"] = "2028-10-17" });
        await _driver.ActAsync(At(2028, 10, 17), "team-assignment", "assign", DemoStaff.Manager,
            new() { ["team"] = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null)), ["plannedStart"] = "2028-11-06" });
        await _driver.ActForAsync(At(2028, 10, 18), "team-acceptance", DemoStaff.Leader, "accept", new() { ["conflictOfInterest"] = "none" });
        await _driver.ActAsync(At(2028, 10, 20), "audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2028-11-06" });
        await _driver.ActAsync(At(2028, 10, 20), "plan-acknowledgement", "acknowledge", DemoStaff.Applicant);
        Assert.Null(_driver.Case.OpenStep("stage1-audit")); // AS: no stage 1 at recertification (004 §5.8.1.3)
        await _driver.ActAsync(At(2028, 11, 8), "stage2-audit", "complete", DemoStaff.Leader, new() { ["start"] = "2028-11-06", ["end"] = "2028-11-08", ["score"] = AsScore });
        Assert.Equal("recertification", _driver.Case.Facts.Audits[^1].Kind);
        await _driver.ActAsync(At(2028, 11, 9), "report-approval", "approve", DemoStaff.Leader);
        await _driver.ActAsync(At(2028, 11, 20), "certification-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "grant", ["complaints"] = "0" });
        Assert.Equal("1:maintain(97.96); 2:maintain(100)", _driver.Case.Facts.Decision!.SurveillanceResults);

        var tooLong = await Assert.ThrowsAsync<RuleViolationException>(() =>
            _driver.ActAsync(At(2028, 11, 21), "decision-notification", "notify", DemoStaff.Manager, new() { ["validFrom"] = "2029-01-14" }));
        Assert.Equal("AS-D06", tooLong.RuleId); // 2032-01-13 would pass the last expiry 2029-01-12 + 3 years
        await _driver.ActAsync(At(2028, 11, 21), "decision-notification", "notify", DemoStaff.Manager);

        var (old, renewed) = (Assert.Single(_driver.Case.Facts.PreviousCertificates), _driver.Case.Facts.Certificate!);
        Assert.Equal(("3072601010001R0", "3072601010001R1", "307 26 0101 0001 R1"), (old.Number, renewed.Number, renewed.DisplayNumber));
        Assert.Equal((new DateOnly(2029, 1, 13), new DateOnly(2032, 1, 12)), (renewed.ValidFrom!.Value, renewed.ExpiresOn));
        Assert.Equal(new DateOnly(2029, 11, 20), _driver.Open("surveillance-audit").DueOn); // AS-D05: the cycle starts at the recertification decision
        Assert.Equal(new DateOnly(2031, 10, 12), _driver.Case.Facts.RecertificationReminderOn);
        Assert.Equal(CaseStage.Certified, _driver.Case.Stage);
        Assert.True(JournalChain.Verify(await _driver.Runtime.JournalAsync(_driver.Case.Id)).Valid);
    }

    private async Task SurveyAsync(DateTimeOffset at, string start, string planSentOn)
    {
        await _driver.SurveyAsync(CycleDriver.At(planSentOn), start, at, leader: DemoStaff.Outsider);
        await _driver.ActAsync(at.AddDays(2), "surveillance-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "maintain" });
    }
}
