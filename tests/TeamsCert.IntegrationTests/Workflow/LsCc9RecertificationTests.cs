using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>
/// LS and CC9 on a rule set that has since expired (A-03 keeps certificates on their version): application → certificate
/// → two yearly surveillances → recertification, the renewed certificate keeping its number with continuous validity.
/// </summary>
public abstract class LsCc9RecertificationTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly Dictionary<string, string> _scores = new()
    {
        ["LS"] = """{"weighted":{"服务质量评价":88,"服务效率评价":86,"服务效果评价":85,"组织管理评价":90,"从业人员管理评价":88,"技术能力管理评价":87,"服务质量管理评价":89,"客户关系管理评价":86},"subIndicators":{"资质管理":92,"制度建设":88,"责任分工":86,"资源配置":84,"人员配置":86,"人员培训":86,"人员考核":82,"人员激励":82,"技术体系建设":91,"技术能力提升":86,"技术风险管理":86,"服务质量控制":91,"客户关系管理":86,"服务持续改进":86}}""",
        ["CC9"] = """{"weighted":{"服务质量评价":88,"服务效率评价":86,"服务效果评价":85,"战略规划评价":90,"运营过程评价":88,"人员管理评价":87,"系统管理评价":89},"subIndicators":{"组织定位":88,"战略制定":88,"战略实施":84,"过程设计":88,"过程执行":88,"过程监控":84,"过程改进":84,"人员配置":88,"人员培训":88,"人员考核":84,"人员激励":84,"客户满意度管理":92,"服务质量管理":92,"服务效率管理":88,"硬件管理":88,"软件管理":88,"网络管理":88,"信息安全管理":92}}""",
    };

    private readonly CycleDriver _driver;

    protected LsCc9RecertificationTests(TDatabase database) => _driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 3, 3))));

    [Theory]
    [InlineData("LS")]
    [InlineData("CC9")]
    public async Task WholeCycleToRecertification_SameNumberContinuousValidity_LsD03Cc9D03A07LsD04Cc9D04A09A10(string scheme)
    {
        await _driver.OpenAsync(scheme, At(2025, 3, 3));
        await _driver.ActAsync(At(2025, 3, 3), "application-review", "accept", RuntimeHarness.Reviewer);
        await AuditToCertificateAsync(scheme, new DateOnly(2025, 3, 3), stage1: true);
        var issued = _driver.Case.Facts.Certificate!;
        Assert.Equal((new DateOnly(2025, 5, 8), new DateOnly(2028, 5, 7)), (issued.IssuedOn, issued.ExpiresOn)); // 3 years − 1 day

        Assert.Equal(new DateOnly(2026, 3, 28), _driver.Open("surveillance-audit").DueOn); // LS-D03/CC9-D03: 12 M after stage 2 ended
        await SurveyAsync(At(2026, 3, 24), "2026-03-23", "2026-03-16");
        await SurveyAsync(At(2027, 3, 22), "2027-03-22", "2027-03-15");

        var application = _driver.Open("recertification-application");
        Assert.Equal(new DateOnly(2028, 5, 7), application.DueOn); // decide before expiry
        await _driver.ActAsync(At(2028, 2, 14), "recertification-application", "apply", DemoStaff.Applicant); // LS-D04 window from 2028-02-07
        await AuditToCertificateAsync(scheme, new DateOnly(2028, 2, 14), stage1: false);

        var (old, renewed) = (Assert.Single(_driver.Case.Facts.PreviousCertificates), _driver.Case.Facts.Certificate!);
        Assert.Equal($"CMM-{scheme}-2025-0001", old.Number);
        Assert.Equal(old.Number, renewed.Number);
        Assert.Equal((new DateOnly(2028, 5, 8), new DateOnly(2031, 5, 7)), (renewed.ValidFrom!.Value, renewed.ExpiresOn));
        Assert.Equal(CaseStage.Certified, _driver.Case.Stage);
        Assert.True(JournalChain.Verify(await _driver.Runtime.JournalAsync(_driver.Case.Id)).Valid);
    }

    private async Task AuditToCertificateAsync(string scheme, DateOnly start, bool stage1)
    {
        DateTimeOffset On(int days) => At(start.Year, start.Month, start.Day).AddDays(days);
        string Iso(int days) => On(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var team = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null), (DemoStaff.Auditor.Id, "auditor", null));
        await _driver.ActAsync(On(0), "audit-programme", "propose", DemoStaff.Manager);
        await _driver.ActAsync(On(0), "team-assignment", "assign", DemoStaff.Manager, new() { ["team"] = team, ["plannedStart"] = Iso(14) });
        await _driver.ActForAsync(On(1), "team-acceptance", DemoStaff.Leader, "accept", new() { ["conflictOfInterest"] = "none" });
        await _driver.ActForAsync(On(1), "team-acceptance", DemoStaff.Auditor, "accept", new() { ["conflictOfInterest"] = "none" });
        await _driver.ActAsync(On(2), "audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = Iso(14) });
        await _driver.ActAsync(On(2), "plan-acknowledgement", "acknowledge", DemoStaff.Applicant);
        Assert.Equal(stage1, _driver.Case.OpenStep("stage1-audit") is not null); // recertification: no stage 1 for LS/CC9
        if (stage1)
        {
            await _driver.ActAsync(On(15), "stage1-audit", "complete", DemoStaff.Leader, new() { ["start"] = Iso(14), ["end"] = Iso(15) });
        }

        await _driver.ActAsync(On(25), "stage2-audit", "complete", DemoStaff.Leader, new() { ["start"] = Iso(21), ["end"] = Iso(25), ["score"] = _scores[scheme] });
        await _driver.ActAsync(On(39), "report-approval", "approve", DemoStaff.Leader);
        await _driver.ActAsync(On(42), "committee-report-approval", "approve", DemoStaff.Committee);
        await _driver.ActAsync(On(58), "certification-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "grant", ["complaints"] = "0" });
        await _driver.ActAsync(On(66), "decision-notification", "notify", DemoStaff.Manager);
    }

    private async Task SurveyAsync(DateTimeOffset at, string start, string planSentOn)
    {
        await _driver.SurveyAsync(CycleDriver.At(planSentOn), start, at, leader: DemoStaff.Outsider);
        await _driver.ActAsync(at.AddDays(2), "surveillance-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "maintain" });
    }
}
