using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>Special audits of a certified case (AS 004 §5.7.4; TEL 002 §9.4, §11) and the misuse correction (AS-D11), on each real database.</summary>
public abstract class SpecialAuditTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly string _leaderOnly = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null));

    private readonly CycleDriver _driver;

    protected SpecialAuditTests(TDatabase database) => _driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 8, 1))));

    private Task<CertificationCase> RequestAsync(DateTimeOffset at, string trigger, string team, bool shortNotice = false, string? extraCare = null)
    {
        var data = new Dictionary<string, string> { ["trigger"] = trigger, ["description"] = "媒体曝光服务质量问题", ["team"] = team, ["shortNotice"] = shortNotice.ToString() };
        if (extraCare is not null)
        {
            data["extraCareNote"] = extraCare;
        }

        return _driver.ActAsync(at, "certificate-status", "special-audit-request", DemoStaff.Manager, data);
    }

    private Task<CertificationCase> CompleteAsync(DateTimeOffset at, string day, string? score = null)
    {
        var data = new Dictionary<string, string> { ["start"] = day, ["end"] = day, ["findings"] = """[{"grade":"minor","clause":"5.3","evidence":"投诉处理超时"}]""" };
        if (score is not null)
        {
            data["score"] = score;
        }

        return _driver.ActAsync(at, "special-audit", "complete", DemoStaff.Leader, data);
    }

    private Task<CertificationCase> DecideAsync(DateTimeOffset at, Dictionary<string, string> data) =>
        _driver.ActAsync(at, "special-audit-decision", "decide", DemoStaff.Decider, data);

    private async Task AssertJournalAsync() => Assert.True(JournalChain.Verify(await _driver.Runtime.JournalAsync(_driver.Case.Id)).Valid);

    [Fact]
    public async Task Tel_ComplaintSpecialAudit_SuspendedTelR01()
    {
        await _driver.TelToCertificateAsync();
        await RequestAsync(At(2025, 11, 3), "complaint", _leaderOnly);
        Assert.Equal((DemoStaff.Leader.Id, StepStatus.Open), (_driver.Open("special-audit").AssigneeId!, _driver.Open("certificate-status").Status));
        await CompleteAsync(At(2025, 11, 10), "2025-11-10");
        var leaderDecides = await Assert.ThrowsAsync<ActorNotAllowedException>(() =>
            _driver.ActAsync(At(2025, 11, 12), "special-audit-decision", "decide", DemoStaff.LeaderAsDecider, new() { ["outcome"] = "maintain" }));
        await DecideAsync(At(2025, 11, 12), new() { ["outcome"] = "suspend", ["trigger"] = "information-review", ["reasons"] = "投诉属实，需整改" });

        Assert.Equal("TEL-R01", leaderDecides.RuleId);
        Assert.Equal(CertificateState.Suspended, _driver.Case.Facts.Certificate!.State);
        Assert.Equal(("complaint", "suspend"), (_driver.Case.Facts.SpecialAudits[0].Trigger, _driver.Case.Facts.SpecialAudits[0].Outcome!));
        Assert.Single(_driver.Case.Steps, s => s.Kind == "certificate-status" && s.Status == StepStatus.Open);
        await AssertJournalAsync();
    }

    [Fact]
    public async Task As_MajorChangeSpecialAudit_ScoredAndMaintained()
    {
        await _driver.AsToCertificateAsync();
        await RequestAsync(At(2026, 2, 2), "major-change", _leaderOnly);
        await CompleteAsync(At(2026, 2, 10), "2026-02-10", "{}");
        await DecideAsync(At(2026, 2, 12), new() { ["outcome"] = "maintain" });

        var special = _driver.Case.Facts.SpecialAudits.Single();
        Assert.Equal(("maintain", true, CertificateState.Valid), (special.Outcome!, special.Score!.Passed, _driver.Case.Facts.Certificate!.State));
        Assert.Contains(_driver.Case.Facts.Audits, a => a.Kind == "special1" && a.Start == new DateOnly(2026, 2, 10));
        await AssertJournalAsync();
    }

    [Fact]
    public async Task As_ShortNoticeWithConflictedMember_RefusedAsR04()
    {
        await _driver.AsToCertificateAsync();
        var team = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null), (DemoStaff.Conflicted, "auditor", null));
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => RequestAsync(At(2026, 2, 2), "serious-accident", team, shortNotice: true));
        await RequestAsync(At(2026, 2, 2), "serious-accident", _leaderOnly, shortNotice: true);

        Assert.Equal(("AS-R04", "data.team"), (refused.RuleId, refused.Field));
        Assert.True(_driver.Case.Facts.SpecialAudits.Single().ShortNotice);
        await AssertJournalAsync();
    }

    [Fact]
    public async Task Tel_ShortNoticeWithoutExtraCareNote_RefusedTelR04()
    {
        await _driver.TelToCertificateAsync();
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => RequestAsync(At(2025, 11, 3), "other", _leaderOnly, shortNotice: true));
        await RequestAsync(At(2025, 11, 3), "other", _leaderOnly, shortNotice: true, extraCare: "组长与该组织无任何往来，已核查近三年记录");

        Assert.Equal(("TEL-R04", "data.extraCareNote"), (refused.RuleId, refused.Field));
        Assert.Equal("组长与该组织无任何往来，已核查近三年记录", _driver.Case.Facts.SpecialAudits.Single().ExtraCareNote);
        await AssertJournalAsync();
    }

    [Fact]
    public async Task As_MajorComplaint_FrequencyDecisionRequiredA36_ThenSuspended()
    {
        await _driver.AsToCertificateAsync();
        await RequestAsync(At(2026, 2, 2), "major-complaint", _leaderOnly);
        await CompleteAsync(At(2026, 2, 10), "2026-02-10", "{}");
        var missing = await Assert.ThrowsAsync<RuleViolationException>(() => DecideAsync(At(2026, 2, 12), new() { ["outcome"] = "maintain" }));
        var unjustified = await Assert.ThrowsAsync<RuleViolationException>(() =>
            DecideAsync(At(2026, 2, 12), new() { ["outcome"] = "maintain", ["frequencyDecision"] = "unchanged" }));
        await DecideAsync(At(2026, 2, 12), new()
        {
            ["outcome"] = "suspend",
            ["trigger"] = "other-suspension",
            ["reasons"] = "重大投诉属实",
            ["verifiedOn"] = "2026-02-12",
            ["frequencyDecision"] = "increase",
            ["frequencyJustification"] = "重大投诉，下次监督提前至 6 个月",
            ["intervalMonths"] = "6",
        });

        Assert.Equal(("A-36", "data.frequencyDecision"), (missing.RuleId, missing.Field));
        Assert.Equal(("A-36", "data.frequencyJustification"), (unjustified.RuleId, unjustified.Field));
        Assert.Equal(("increase", CertificateState.Suspended), (_driver.Case.Facts.SpecialAudits[0].FrequencyDecision!, _driver.Case.Facts.Certificate!.State));
        Assert.Contains(await _driver.Runtime.JournalAsync(_driver.Case.Id), j => j.Type == "surveillance.frequency-decided" && j.RuleId == "A-36");
        Assert.Equal(("A-36", new DateOnly(2026, 8, 12)), (_driver.Open("surveillance-audit").DueRuleId!, _driver.Open("surveillance-audit").DueOn!.Value)); // was AS-D03 2027-01-12
        await AssertJournalAsync();
    }

    [Fact]
    public async Task As_MajorComplaintFrequencyIncreased_EverySurveillanceDueSooner_MoreBeforeRecertificationA36()
    {
        await _driver.AsToCertificateAsync();
        await RequestAsync(At(2026, 2, 2), "major-complaint", _leaderOnly);
        await CompleteAsync(At(2026, 2, 10), "2026-02-10", "{}");
        var increase = new Dictionary<string, string>
        {
            ["outcome"] = "maintain",
            ["frequencyDecision"] = "increase",
            ["frequencyJustification"] = "重大投诉，监督改为每 4 个月一次",
            ["intervalMonths"] = "12",
        };
        var tooSparse = await Assert.ThrowsAsync<InvalidInputException>(() => DecideAsync(At(2026, 2, 12), increase));
        Assert.Equal("data.intervalMonths", tooSparse.Field);
        Assert.Null(_driver.Case.Facts.SpecialAudits[0].Outcome); // nothing stored by the refused decision

        increase["intervalMonths"] = "4";
        await DecideAsync(At(2026, 2, 12), increase);
        Assert.Equal(("A-36", new DateOnly(2026, 6, 12)), (_driver.Open("surveillance-audit").DueRuleId!, _driver.Open("surveillance-audit").DueOn!.Value));
        await _driver.SurveyAsync(At(2026, 6, 1), "2026-06-08", At(2026, 6, 9), new() { ["score"] = "{}" });
        await _driver.ActAsync(At(2026, 6, 10), "surveillance-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "maintain" });
        Assert.Equal(("A-36", new DateOnly(2026, 10, 9)), (_driver.Open("surveillance-audit").DueRuleId!, _driver.Open("surveillance-audit").DueOn!.Value)); // 4 M after it ended
        await _driver.SurveyAsync(At(2026, 9, 28), "2026-10-08", At(2026, 10, 9), new() { ["score"] = "{}" });
        await _driver.ActAsync(At(2026, 10, 12), "surveillance-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "maintain" });

        Assert.Equal(3, _driver.Case.Facts.Surveillances.Count); // a third one before recertification, where AS-D04 alone plans two
        Assert.Null(_driver.Case.OpenStep("recertification-application"));
        Assert.Contains(await _driver.Runtime.JournalAsync(_driver.Case.Id), j => j.Type == "surveillance.rescheduled" && j.RuleId == "A-36");
        await AssertJournalAsync();
    }

    [Fact]
    public async Task As_MisuseUncorrected_RevokedOnlyAfterTwoMonthsAsD11()
    {
        await _driver.AsToCertificateAsync();
        var revoke = new Dictionary<string, string> { ["trigger"] = "certification-misuse", ["reason"] = "误用认证标志未纠正", ["verifiedOn"] = "2026-04-03" };
        var unrequested = await Assert.ThrowsAsync<RuleViolationException>(() => _driver.ActAsync(At(2026, 2, 2), "certificate-status", "revoke", DemoStaff.Manager, revoke));
        await _driver.ActAsync(At(2026, 2, 2), "certificate-status", "misuse-correction-request", DemoStaff.Manager, new() { ["description"] = "宣传材料误用认证标志" });
        Assert.Equal(("AS-D11", new DateOnly(2026, 4, 2)), (_driver.Open("misuse-correction").DueRuleId!, _driver.Open("misuse-correction").DueOn!.Value));
        var early = await Assert.ThrowsAsync<RuleViolationException>(() => _driver.ActAsync(At(2026, 4, 2), "certificate-status", "revoke", DemoStaff.Manager, revoke));
        await _driver.ActAsync(At(2026, 4, 3), "certificate-status", "revoke", DemoStaff.Manager, revoke);

        Assert.Equal(("AS-D11", "AS-D11", "data.trigger"), (unrequested.RuleId, early.RuleId, early.Field));
        Assert.Equal((CertificateState.Revoked, CaseStage.Closed), (_driver.Case.Facts.Certificate!.State, _driver.Case.Stage));
        await AssertJournalAsync();
    }

    [Fact]
    public async Task As_MisuseCorrected_RevocationRefusedAsD11()
    {
        await _driver.AsToCertificateAsync();
        await _driver.ActAsync(At(2026, 2, 2), "certificate-status", "misuse-correction-request", DemoStaff.Manager, new() { ["description"] = "宣传材料误用认证标志" });
        await _driver.ActAsync(At(2026, 3, 2), "misuse-correction", "corrected", DemoStaff.Manager, new() { ["evidence"] = "已撤回宣传材料" });
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => _driver.ActAsync(At(2026, 4, 6), "certificate-status", "revoke", DemoStaff.Manager,
            new() { ["trigger"] = "certification-misuse", ["reason"] = "误用", ["verifiedOn"] = "2026-04-06" }));

        Assert.Equal("AS-D11", refused.RuleId);
        Assert.Equal(CertificateState.Valid, _driver.Case.Facts.Certificate!.State);
        await AssertJournalAsync();
    }
}
