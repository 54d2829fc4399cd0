using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>
/// The LS and CC9 cycles inside their rule sets' effective window (2025-01-01..2025-05-20, A-03): committee approval (LS-R02),
/// A-13 independence, conditional grant, notification (LS-D02), surveillance (LS-D03) and recertification (LS-D04).
/// </summary>
public abstract class LsCycleTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string Score = """
        {"weighted":{"服务质量评价":88,"服务效率评价":86,"服务效果评价":85,"组织管理评价":90,"从业人员管理评价":88,"技术能力管理评价":87,"服务质量管理评价":89,"客户关系管理评价":86},
         "lift":{"技术创新水平":60,"客户满意度":80},
         "subIndicators":{"资质管理":92,"制度建设":88,"责任分工":86,"资源配置":84,"人员配置":86,"人员培训":86,"人员考核":82,"人员激励":82,"技术体系建设":91,"技术能力提升":86,"技术风险管理":86,"服务质量控制":91,"客户关系管理":86,"服务持续改进":86}}
        """;

    private const string Cc9Score = """{"weighted":{"服务质量评价":88,"服务效率评价":86,"服务效果评价":85,"战略规划评价":90,"运营过程评价":88,"人员管理评价":87,"系统管理评价":89}}""";

    private readonly CycleDriver _driver;

    protected LsCycleTests(TDatabase database) => _driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 3, 3))));

    [Theory]
    [InlineData("LS")]
    [InlineData("CC9")]
    public async Task WholeCycle_CommitteeConditionalGrantNotification_LsR02Cc9R02A13A34LsD01LsD02LsD03LsD04Cc9D01Cc9D02Cc9D03Cc9D04(string scheme)
    {
        await _driver.OpenAsync(scheme, At(2025, 3, 3));
        Assert.Equal(new DateOnly(2025, 3, 10), _driver.Open("application-review").DueOn); // LS-D01: 5 WD
        await _driver.ActAsync(At(2025, 3, 3), "application-review", "accept", RuntimeHarness.Reviewer);
        await _driver.ActAsync(At(2025, 3, 3), "audit-programme", "propose", DemoStaff.Manager);
        Assert.Equal((5m, 7m), (_driver.Case.Facts.Programme!.OnSiteDaysMin!.Value, _driver.Case.Facts.Programme.OnSiteDaysMax!.Value)); // 000 §5.3
        var team = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null), (DemoStaff.Auditor.Id, "auditor", null));
        await _driver.ActAsync(At(2025, 3, 3), "team-assignment", "assign", DemoStaff.Manager, new() { ["team"] = team, ["plannedStart"] = "2025-03-17" });
        await _driver.ActForAsync(At(2025, 3, 4), "team-acceptance", DemoStaff.Leader, "accept", new() { ["conflictOfInterest"] = "none" });
        await _driver.ActForAsync(At(2025, 3, 4), "team-acceptance", DemoStaff.Auditor, "accept", new() { ["conflictOfInterest"] = "none" });
        await _driver.ActAsync(At(2025, 3, 5), "audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2025-03-17" });
        Assert.Null(_driver.Case.OpenStep("mystery-shopping")); // LS has no mystery shopping
        await _driver.ActAsync(At(2025, 3, 5), "plan-acknowledgement", "acknowledge", DemoStaff.Applicant);
        await _driver.ActAsync(At(2025, 3, 18), "stage1-audit", "complete", DemoStaff.Leader, new() { ["start"] = "2025-03-17", ["end"] = "2025-03-18" });
        await _driver.ActAsync(At(2025, 3, 28), "stage2-audit", "complete", DemoStaff.Leader, new()
        {
            ["start"] = "2025-03-24",
            ["end"] = "2025-03-28",
            ["findings"] = """[{"grade":"minor","clause":"5.2","evidence":"信息留存不足 90 天"}]""",
            ["score"] = scheme == "LS" ? Score : Cc9Score,
        });
        Assert.Equal(CaseStage.CorrectiveAction, _driver.Case.Stage);
        await _driver.ActAsync(At(2025, 4, 7), "corrective-actions", "submit", DemoStaff.Applicant, new() { ["actions"] = "留存期延长至 180 天" });
        await _driver.ActAsync(At(2025, 4, 10), "corrective-action-verification", "verify", DemoStaff.Leader);
        await _driver.ActAsync(At(2025, 4, 11), "report-approval", "approve", DemoStaff.Leader);
        Assert.Equal(CaseStage.ReportApproval, _driver.Case.Stage); // LS-R02 / CC9-R02: the technical committee approves too
        await _driver.ActAsync(At(2025, 4, 14), "committee-report-approval", "approve", DemoStaff.Committee);

        var auditor = await Assert.ThrowsAsync<ActorNotAllowedException>(() => _driver.ActAsync(At(2025, 4, 30), "certification-decision", "decide",
            DemoStaff.LeaderAsDecider, new() { ["outcome"] = "grant" }));
        Assert.Equal("A-13", auditor.RuleId);
        await _driver.ActAsync(At(2025, 4, 30), "certification-decision", "decide", DemoStaff.Decider,
            new() { ["outcome"] = "conditionalGrant", ["reasons"] = "一般不符合项须在 30 日内整改" });
        Assert.Equal(CaseStage.CorrectiveAction, _driver.Case.Stage);
        Assert.Null(_driver.Case.Facts.Certificate); // nothing issued before the corrections are verified
        await _driver.ActAsync(At(2025, 5, 6), "corrective-actions", "submit", DemoStaff.Applicant, new() { ["actions"] = "补充留存记录" });
        await _driver.ActAsync(At(2025, 5, 7), "corrective-action-verification", "verify", DemoStaff.Leader);

        var notification = _driver.Open("decision-notification");
        Assert.Equal(($"{scheme}-D02", new DateOnly(2025, 5, 12)), (notification.DueRuleId!, notification.DueOn!.Value)); // May 1–5 off: 6, 7, 8, 9, 12
        await _driver.ActAsync(At(2025, 5, 8), "decision-notification", "notify", DemoStaff.Manager);
        var certificate = _driver.Case.Facts.Certificate!;
        Assert.Equal(($"CMM-{scheme}-2025-0001", new DateOnly(2025, 5, 8), new DateOnly(2028, 5, 7)), (certificate.Number, certificate.IssuedOn, certificate.ExpiresOn));
        Assert.Equal(($"{scheme}-D03", new DateOnly(2026, 3, 28)), (_driver.Open("surveillance-audit").DueRuleId!, _driver.Open("surveillance-audit").DueOn!.Value));
        Assert.Equal(new DateOnly(2028, 2, 7), _driver.Case.Facts.RecertificationReminderOn); // LS-D04: from expiry − 3 M

        var journal = await _driver.Runtime.JournalAsync(_driver.Case.Id);
        Assert.True(JournalChain.Verify(journal).Valid);
        Assert.Contains(journal, j => j.Type == "step.completed" && j.RuleId == $"{scheme}-R02" && j.ActorId == DemoStaff.Committee.Id);
        Assert.Contains(journal, j => j.Type == "step.completed" && j.RuleId == "A-34" && j.ActorId == DemoStaff.Leader.Id);
    }

    [Fact]
    public async Task GrantOrConditionalGrant_AfterMajorNonconformity_RefusedA21()
    {
        await _driver.OpenAsync("LS", At(2025, 3, 3));
        await _driver.ActAsync(At(2025, 3, 3), "application-review", "accept", RuntimeHarness.Reviewer);
        await _driver.ActAsync(At(2025, 3, 3), "audit-programme", "propose", DemoStaff.Manager);
        await _driver.ActAsync(At(2025, 3, 3), "team-assignment", "assign", DemoStaff.Manager,
            new() { ["team"] = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null)), ["plannedStart"] = "2025-03-17" });
        await _driver.ActForAsync(At(2025, 3, 4), "team-acceptance", DemoStaff.Leader, "accept", new() { ["conflictOfInterest"] = "none" });
        await _driver.ActAsync(At(2025, 3, 5), "audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2025-03-17" });
        await _driver.ActAsync(At(2025, 3, 5), "plan-acknowledgement", "acknowledge", DemoStaff.Applicant);
        await _driver.ActAsync(At(2025, 3, 18), "stage1-audit", "complete", DemoStaff.Leader, new() { ["start"] = "2025-03-17", ["end"] = "2025-03-18" });
        await _driver.ActAsync(At(2025, 3, 28), "stage2-audit", "complete", DemoStaff.Leader, new()
        {
            ["start"] = "2025-03-24",
            ["end"] = "2025-03-28",
            ["findings"] = """[{"grade":"major","clause":"GB/T 44207 6.1","evidence":"未建立监测制度"}]""",
            ["score"] = Score,
        });
        await _driver.ActAsync(At(2025, 4, 7), "corrective-actions", "submit", DemoStaff.Applicant, new() { ["actions"] = "建立监测制度" });
        await _driver.ActAsync(At(2025, 4, 10), "corrective-action-verification", "verify", DemoStaff.Leader);
        await _driver.ActAsync(At(2025, 4, 11), "report-approval", "approve", DemoStaff.Leader);
        await _driver.ActAsync(At(2025, 4, 14), "committee-report-approval", "approve", DemoStaff.Committee);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() =>
            _driver.ActAsync(At(2025, 4, 15), "certification-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "grant" }));
        var conditional = await Assert.ThrowsAsync<RuleViolationException>(() => _driver.ActAsync(At(2025, 4, 15), "certification-decision", "decide",
            DemoStaff.Decider, new() { ["outcome"] = "conditionalGrant", ["reasons"] = "限期整改" }));

        Assert.Equal(false, _driver.Case.Facts.Score!.Passed); // a major nonconformity fails the composite
        Assert.Equal(("A-21", "data.outcome"), (error.RuleId, error.Field));
        Assert.Equal("000 §6.3.2 item 3", conditional.RuleId); // conditional approval is for minor nonconformities only
    }
}
