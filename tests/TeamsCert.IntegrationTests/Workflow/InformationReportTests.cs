using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>Information reported while a certificate lives and its analysis (TEL 002 §11; AS 004 §7; LS 000 §6.4.2.2), on each real database.</summary>
public abstract class InformationReportTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly string _leaderOnly = DemoStaff.Team((DemoStaff.Leader.Id, "teamLeader", null));

    private readonly CycleDriver _driver;

    protected InformationReportTests(TDatabase database) => _driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 3, 1))));

    private Task<CertificationCase> ReportAsync(DateTimeOffset at, string category, bool serious, string summary = "客户投诉：外呼骚扰电话") =>
        _driver.ActAsync(at, "certificate-status", "report-information", DemoStaff.Manager,
            new() { ["category"] = category, ["summary"] = summary, ["serious"] = serious.ToString(), ["receivedOn"] = $"{at:yyyy-MM-dd}" });

    private async Task<IReadOnlyList<JournalRow>> VerifiedJournalAsync()
    {
        var journal = await _driver.Runtime.JournalAsync(_driver.Case.Id);
        Assert.True(JournalChain.Verify(journal).Valid);
        return journal;
    }

    [Fact]
    public async Task Tel_SeriousComplaint_ManagersToldAtOnce_AnalysisRequestsSpecialAudit_002_11()
    {
        await _driver.TelToCertificateAsync();
        await ReportAsync(At(2025, 11, 3), "complaint", serious: true);

        Assert.Equal(StepStatus.Open, _driver.Open("certificate-status").Status); // status changes stay possible meanwhile
        var analysis = _driver.Open("information-analysis");
        Assert.Equal("programmeManager", analysis.Role);
        await _driver.ActAsync(At(2025, 11, 4), "information-analysis", "special-audit", DemoStaff.Manager, new()
        {
            ["reasons"] = "投诉涉及服务规范执行，需现场核实",
            ["trigger"] = "complaint",
            ["description"] = "核实外呼投诉",
            ["team"] = _leaderOnly,
            ["shortNotice"] = "false",
        });

        var report = Assert.Single(_driver.Case.Facts.InformationReports);
        Assert.Equal(("complaint", true, "special-audit"), (report.Category, report.Serious, report.Measure!));
        Assert.Equal(("complaint", DemoStaff.Leader.Id), (_driver.Case.Facts.SpecialAudits.Single().Trigger, _driver.Open("special-audit").AssigneeId!));
        var journal = await VerifiedJournalAsync();
        Assert.Contains(journal, j => j.Type == "information.reported" && j.DataJson.Contains("002 §11", StringComparison.Ordinal));
        var outbox = await _driver.Runtime.OutboxAsync(_driver.Case.Id);
        Assert.Contains(outbox, m => m.Kind == "information-serious" && m.Recipient == StaffRoles.Manager);
    }

    [Fact]
    public async Task As_SeriousComplaintClosedWithIncrease_A36RecordedSurveillanceSooner_BadInputStoresNothing()
    {
        await _driver.AsToCertificateAsync();
        await ReportAsync(At(2026, 3, 2), "complaint", serious: true);
        var badMeasure = await Assert.ThrowsAsync<InvalidInputException>(() => _driver.ActAsync(At(2026, 3, 3), "information-analysis", "close",
            DemoStaff.Manager, new() { ["measure"] = "ignore", ["reasons"] = "x" }));
        var noMonths = await Assert.ThrowsAsync<InvalidInputException>(() => _driver.ActAsync(At(2026, 3, 3), "information-analysis", "close",
            DemoStaff.Manager, new() { ["measure"] = "increase-frequency", ["reasons"] = "重大投诉" }));
        Assert.Equal(("data.measure", "data.intervalMonths"), (badMeasure.Field, noMonths.Field));
        Assert.Null(_driver.Case.Facts.InformationReports.Single().Measure);

        await _driver.ActAsync(At(2026, 3, 3), "information-analysis", "close", DemoStaff.Manager,
            new() { ["measure"] = "increase-frequency", ["intervalMonths"] = "6", ["reasons"] = "重大投诉属实，监督改为每 6 个月" });

        Assert.Equal(("A-36", new DateOnly(2026, 9, 3)), (_driver.Open("surveillance-audit").DueRuleId!, _driver.Open("surveillance-audit").DueOn!.Value)); // was AS-D03 2027-01-12
        Assert.Equal(6, _driver.Case.Facts.SurveillanceIntervalMonths);
        var journal = await VerifiedJournalAsync();
        Assert.Contains(journal, j => j.Type == "surveillance.frequency-decided" && j.RuleId == "A-36" && j.DataJson.Contains("increase", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ls_ComplaintSpecialSurveillanceAudit_Maintained_000_6_4_2_2()
    {
        await _driver.LsToCertificateAsync();
        await ReportAsync(At(2025, 6, 2), "complaint", serious: false, "客户投诉物流延误");
        var unknown = await Assert.ThrowsAsync<InvalidInputException>(() => _driver.ActAsync(At(2025, 6, 3), "information-analysis", "special-audit",
            DemoStaff.Manager, new() { ["reasons"] = "核实", ["trigger"] = "media-exposure", ["description"] = "核实", ["team"] = _leaderOnly }));
        Assert.Equal("data.trigger", unknown.Field); // an AS trigger is not one of LS's

        await _driver.ActAsync(At(2025, 6, 3), "information-analysis", "special-audit", DemoStaff.Manager,
            new() { ["reasons"] = "投诉需现场调查", ["trigger"] = "complaint", ["description"] = "投诉调查", ["team"] = _leaderOnly });
        await _driver.ActAsync(At(2025, 6, 10), "special-audit", "complete", DemoStaff.Leader, new() { ["start"] = "2025-06-10", ["end"] = "2025-06-10" });
        await _driver.ActAsync(At(2025, 6, 12), "special-audit-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "maintain" });

        Assert.Equal(("complaint", "maintain"), (_driver.Case.Facts.SpecialAudits.Single().Trigger, _driver.Case.Facts.SpecialAudits.Single().Outcome!));
        Assert.Equal(CertificateState.Valid, _driver.Case.Facts.Certificate!.State);
        var journal = await VerifiedJournalAsync();
        Assert.Contains(journal, j => j.Type == "special-audit.requested" && j.DataJson.Contains("000 §6.4.2.2", StringComparison.Ordinal));
    }
}
