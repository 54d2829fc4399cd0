using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>The TEL certification cycle on each real database; expected dates worked out from the official calendar.</summary>
public abstract class TelCycleTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly CycleDriver _driver;

    protected TelCycleTests(TDatabase database) => _driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 8, 1))));

    [Fact]
    public async Task WholeCycle_DueDatesFromOfficialCalendar_TelD01D02D03D04D05A06A09()
    {
        await _driver.OpenAsync("TEL", At(2025, 8, 1));
        Assert.Equal(new DateOnly(2025, 8, 6), _driver.Open("application-review").DueOn); // TEL-D01: Aug 4, 5, 6
        await _driver.TelToPlanAsync(At(2025, 8, 1));
        var programme = _driver.Case.Facts.Programme!;
        Assert.Equal(8m, programme.PersonDays); // 120 personnel: band 86–125 = 8 PD (002 App. A)
        Assert.Equal(9m, programme.TotalPersonDays); // + 0.5 PD mystery shopping × 2 sites (A-17: on top)

        await _driver.ActAsync(At(2025, 8, 6), "audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2025-08-11" });
        Assert.Equal(new DateOnly(2025, 8, 10), _driver.Open("mystery-shopping").DueOn); // TEL-D04: strictly before Aug 11
        Assert.Equal("TEL-D04", _driver.Open("mystery-shopping").DueRuleId);

        await _driver.TelAuditsToDecisionAsync();
        var decision = _driver.Open("certification-decision");
        Assert.Equal(CaseStage.Decision, _driver.Case.Stage);
        Assert.Equal(("TEL-D03", new DateOnly(2025, 10, 16)), (decision.DueRuleId!, decision.DueOn!.Value)); // Sun 9-28 and Sat 10-11 work, Oct 1–8 off

        await _driver.ActAsync(At(2025, 9, 30), "certification-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "moreInformation", ["reasons"] = "补充投诉台账" });
        Assert.Null(_driver.Open("certification-decision").DueOn); // paused
        await _driver.ActAsync(At(2025, 10, 13), "supply-information", "supply", DemoStaff.Applicant, new() { ["information"] = "投诉台账 2025" });
        Assert.Equal(new DateOnly(2025, 10, 22), _driver.Open("certification-decision").DueOn); // 3 WD before the pause, 7 after Oct 13
        var timers = (await _driver.Runtime.TimersAsync(_driver.Case.Id)).Where(t => t.StepId == decision.Id).ToList();
        Assert.Equal(
            [("reminder", new DateTimeOffset(2025, 10, 21, 9, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds()),
             ("overdue", new DateTimeOffset(2025, 10, 22, 23, 59, 59, 999, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds())],
            timers.Where(t => t.Status == TimerStatus.Pending).Select(t => (t.Kind, t.FireAtMs)));
        Assert.Equal([TimerStatus.Cancelled, TimerStatus.Cancelled], timers.Where(t => t.Status != TimerStatus.Pending).Select(t => t.Status)); // the Oct 16 pair
        Assert.All(timers, t => Assert.Equal("TEL-D03", t.RuleId));

        await _driver.ActAsync(At(2025, 10, 20), "certification-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "grant" });
        await _driver.ActAsync(At(2025, 10, 21), "decision-notification", "notify", DemoStaff.Manager);
        var certificate = _driver.Case.Facts.Certificate!;
        Assert.Equal(CaseStage.Certified, _driver.Case.Stage);
        Assert.Equal(("CMM-TEL-2025-0001", new DateOnly(2025, 10, 21), new DateOnly(2028, 10, 20)), (certificate.Number, certificate.IssuedOn, certificate.ExpiresOn));
        Assert.Equal(("三星级", CertificateState.Valid), (certificate.Grade, certificate.State));
        Assert.Equal((null, CertificateState.Valid), (certificate.History.Single().From, certificate.History.Single().To));
        Assert.Equal(new DateOnly(2028, 7, 20), _driver.Case.Facts.RecertificationReminderOn); // expiry − 3 M

        var first = _driver.Open("surveillance-audit");
        Assert.Equal(("TEL-D05", new DateOnly(2026, 8, 20)), (first.DueRuleId!, first.DueOn!.Value)); // ≤ 12 M after stage 2 (Aug 20)
        var shortcut = await Assert.ThrowsAsync<StepNotReadyException>(() => _driver.ActAsync(At(2026, 8, 13), "surveillance-audit", "complete",
            DemoStaff.Manager, new() { ["start"] = "2026-08-12", ["end"] = "2026-08-13" }));
        Assert.Equal("surveillance-team-acceptance", shortcut.WaitingFor); // no completion around the surveillance team and plan
        await _driver.ActAsync(At(2026, 8, 13), "surveillance-team-assignment", "assign", DemoStaff.Manager,
            new() { ["team"] = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null)), ["plannedStart"] = "2026-08-17" });
        await _driver.ActForAsync(At(2026, 8, 13), "surveillance-team-acceptance", DemoStaff.Leader, "accept", new() { ["conflictOfInterest"] = "none" });
        var surveillancePlan = await Assert.ThrowsAsync<Domain.RuleViolationException>(() => _driver.ActAsync(At(2026, 8, 13), "surveillance-audit-plan", "send",
            DemoStaff.Leader, new() { ["onSiteStart"] = "2026-08-17" }));
        Assert.Equal(("TEL-D02", "data.onSiteStart"), (surveillancePlan.RuleId, surveillancePlan.Field)); // Mon Aug 17: due by Wed Aug 12
        await _driver.ActAsync(At(2026, 8, 13), "surveillance-audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2026-08-18" });
        var unacknowledged = await Assert.ThrowsAsync<StepNotReadyException>(() => _driver.ActAsync(At(2026, 8, 13), "surveillance-audit", "complete",
            DemoStaff.Manager, new() { ["start"] = "2026-08-12", ["end"] = "2026-08-13" }));
        Assert.Equal("surveillance-plan-acknowledgement", unacknowledged.WaitingFor);
        await _driver.ActAsync(At(2026, 8, 14), "surveillance-plan-acknowledgement", "acknowledge", DemoStaff.Applicant);
        var earlyStart = await Assert.ThrowsAsync<Domain.RuleViolationException>(() => _driver.ActAsync(At(2026, 8, 18), "surveillance-audit", "complete",
            DemoStaff.Manager, new() { ["start"] = "2026-08-17", ["end"] = "2026-08-18" }));
        Assert.Equal(("TEL-D02", "data.start"), (earlyStart.RuleId, earlyStart.Field)); // moved a day earlier than the plan allows
        await _driver.ActAsync(At(2026, 8, 18), "surveillance-audit", "complete", DemoStaff.Manager, new() { ["start"] = "2026-08-18", ["end"] = "2026-08-18" });
        await _driver.ActAsync(At(2026, 8, 20), "surveillance-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "maintain" });
        Assert.Equal(new DateOnly(2027, 8, 18), _driver.Open("surveillance-audit").DueOn); // 12 M after the first surveillance ended

        var late = await Assert.ThrowsAsync<Domain.RuleViolationException>(() => _driver.SurveyAsync(At(2027, 8, 2), "2027-08-19", At(2027, 8, 20)));
        Assert.Equal("TEL-D05", late.RuleId);

        var journal = await _driver.Runtime.JournalAsync(_driver.Case.Id);
        Assert.True(JournalChain.Verify(journal).Valid);
        Assert.Contains(journal, j => j.Type == "certificate.issued" && j.DataJson.Contains("CMM-TEL-2025-0001", StringComparison.Ordinal));
        Assert.Contains(journal, j => j.Type == "decision.more-information" && j.RuleId == "A-06" && j.ActorId == DemoStaff.Decider.Id);
    }

    [Fact]
    public async Task AuditPlan_TenCalendarDaysButTwoWorkingDaysBeforeOnSite_RefusedTelD02()
    {
        await _driver.TelToPlanAsync(At(2025, 9, 30));

        // On-site Fri Oct 10: Oct 9, (Oct 1–8 off), Sep 30, Sep 29 → the plan was due by Sep 29.
        var error = await Assert.ThrowsAsync<Domain.RuleViolationException>(() =>
            _driver.ActAsync(At(2025, 9, 30), "audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2025-10-10" }));

        Assert.Equal(("TEL-D02", "data.onSiteStart"), (error.RuleId, error.Field));
        Assert.Equal(StepStatus.Open, (await _driver.Runtime.LoadAsync(_driver.Case.Id)).Steps.Single(s => s.Kind == "audit-plan").Status);
    }

    [Fact]
    public async Task MysteryShopping_OnTheOnSiteDayOrMissing_RefusedTelD04()
    {
        await _driver.TelToPlanAsync(At(2025, 8, 1));
        await _driver.ActAsync(At(2025, 8, 6), "audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2025-08-11" });
        await _driver.ActAsync(At(2025, 8, 6), "plan-acknowledgement", "acknowledge", DemoStaff.Applicant);

        var notShopper = await Assert.ThrowsAsync<ActorNotAllowedException>(() =>
            _driver.ActAsync(At(2025, 8, 8), "mystery-shopping", "record", DemoStaff.OtherShopper, new() { ["date"] = "2025-08-08" }));
        var sameDay = await Assert.ThrowsAsync<Domain.RuleViolationException>(() =>
            _driver.ActAsync(At(2025, 8, 11), "mystery-shopping", "record", DemoStaff.Shopper, new() { ["date"] = "2025-08-11" }));
        var missing = await Assert.ThrowsAsync<Domain.RuleViolationException>(() =>
            _driver.ActAsync(At(2025, 8, 11), "stage1-audit", "complete", DemoStaff.Leader, new() { ["start"] = "2025-08-11", ["end"] = "2025-08-11" }));

        Assert.Equal(("TEL-D04", "data.date"), (sameDay.RuleId, sameDay.Field));
        Assert.Equal("TEL-D04", missing.RuleId);
        Assert.Equal("TEL-R05", notShopper.RuleId);
    }

    [Fact]
    public async Task Decision_ByTeamLeaderRefusedTelR01_RefuseNeedsReasons_RefusedCaseHasNoCertificate()
    {
        await _driver.TelToDecisionAsync();

        var auditor = await Assert.ThrowsAsync<ActorNotAllowedException>(() =>
            _driver.ActAsync(At(2025, 9, 29), "certification-decision", "decide", DemoStaff.LeaderAsDecider, new() { ["outcome"] = "grant" }));
        var noReasons = await Assert.ThrowsAsync<Domain.InvalidInputException>(() =>
            _driver.ActAsync(At(2025, 9, 29), "certification-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "refuse" }));
        var unknown = await Assert.ThrowsAsync<Domain.InvalidInputException>(() =>
            _driver.ActAsync(At(2025, 9, 29), "certification-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "maintain" }));
        await _driver.ActAsync(At(2025, 9, 29), "certification-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "refuse", ["reasons"] = "投诉处理体系未运行" });

        Assert.Equal("TEL-R01", auditor.RuleId);
        Assert.Equal("data.reasons", noReasons.Field);
        Assert.Equal("data.outcome", unknown.Field);
        var refused = await _driver.Runtime.LoadAsync(_driver.Case.Id);
        Assert.Equal((CaseStage.Refused, "refuse"), (refused.Stage, refused.Facts.Decision!.Outcome));
        Assert.Null(refused.Facts.Certificate);
        Assert.DoesNotContain(refused.Steps, s => s.Status == StepStatus.Open);
    }
}
