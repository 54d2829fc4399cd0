using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>
/// A certificate whose validity ends without a recertification decision (§2.9), on each real database: the pending
/// certificate-expiry step is due on the last day of validity, its overdue timer escalates at the end of that day,
/// and the manager's expiry moves TEL/AS to Expired and LS (like CC9) to Cancelled.
/// </summary>
public abstract class CertificateExpiryTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly CycleDriver _driver;

    protected CertificateExpiryTests(TDatabase database) => _driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 3, 3))));

    [Fact]
    public async Task Tel_ValidityEndsWithoutRecertification_ExpiredAfterLastDay_TelD06()
    {
        await _driver.TelToCertificateAsync();
        var expiry = _driver.Open("certificate-expiry");
        Assert.Equal((new DateOnly(2028, 9, 29), "TEL-D06"), (expiry.DueOn!.Value, expiry.DueRuleId!)); // issued 2025-09-30 + 3 y − 1 day
        var overdue = Assert.Single(await _driver.Runtime.TimersAsync(_driver.Case.Id), t => t.StepId == expiry.Id && t.Kind == StepTimers.Overdue);
        Assert.Equal(new DateTimeOffset(2028, 9, 30, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds() - 1, overdue.FireAtMs); // last instant of the last day

        var early = await Assert.ThrowsAsync<RuleViolationException>(() => _driver.ActAsync(At(2028, 9, 29), "certificate-expiry", "expire", DemoStaff.Manager));
        Assert.Equal("TEL-D06", early.RuleId);
        await _driver.ActAsync(At(2028, 9, 30), "certificate-expiry", "expire", DemoStaff.Manager);

        var certificate = _driver.Case.Facts.Certificate!;
        Assert.Equal((CertificateState.Expired, CaseStage.Closed), (certificate.State, _driver.Case.Stage));
        Assert.Equal((CertificateState.Valid, CertificateState.Expired, new DateOnly(2028, 9, 30)), (certificate.History[^1].From!.Value, certificate.History[^1].To, certificate.History[^1].On));
        Assert.StartsWith("validity-ended", certificate.History[^1].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(_driver.Case.Steps, s => s.Status == StepStatus.Open && s.Kind is "surveillance-audit" or "certificate-status");
        var journal = await _driver.Runtime.JournalAsync(_driver.Case.Id);
        Assert.Contains(journal, j => j.Type == "step.completed" && j.RuleId == "TEL-D06");
        Assert.True(JournalChain.Verify(journal).Valid);
    }

    [Fact]
    public async Task Tel_NobodyRecordsExpiry_PollerExpiresAtEndOfLastDay_TelD06()
    {
        await _driver.TelToCertificateAsync();
        var lastDayEnds = new DateTimeOffset(2028, 9, 29, 23, 59, 59, 999, TimeSpan.FromHours(8));
        await _driver.FireTimersAsync(lastDayEnds.AddMinutes(-1));
        Assert.Equal(CertificateState.Valid, _driver.Case.Facts.Certificate!.State); // still valid on its last day

        await _driver.FireTimersAsync(lastDayEnds);
        var certificate = _driver.Case.Facts.Certificate!;
        Assert.Equal((CertificateState.Expired, CaseStage.Closed), (certificate.State, _driver.Case.Stage));
        Assert.Equal((new DateOnly(2028, 9, 30), Actor.System.Id), (certificate.History[^1].On, certificate.History[^1].By)); // dated the first day without validity
        Assert.Equal(0, await _driver.FireTimersAsync(lastDayEnds.AddDays(2))); // fired once: nothing left to expire or escalate
        var journal = await _driver.Runtime.JournalAsync(_driver.Case.Id);
        Assert.Single(journal, j => j.Type == "certificate.status-changed" && j.ActorId == Actor.System.Id);
        Assert.Contains(journal, j => j.Type == "deadline.overdue" && j.RuleId == "TEL-D06");
        Assert.True(JournalChain.Verify(journal).Valid);
    }

    [Fact]
    public async Task As_SuspendedWhenValidityEnds_SuspendedToExpired_AsD06()
    {
        await _driver.AsToCertificateAsync();
        Assert.Equal(new DateOnly(2029, 1, 12), _driver.Open("certificate-expiry").DueOn);
        await _driver.ActAsync(At(2028, 10, 9), "certificate-status", "suspend", DemoStaff.Manager,
            new() { ["trigger"] = "voluntary-suspension", ["reason"] = "组织申请暂停", ["verifiedOn"] = "2028-10-09" });
        await _driver.ActAsync(At(2029, 1, 13), "certificate-expiry", "expire", DemoStaff.Manager);

        var certificate = _driver.Case.Facts.Certificate!;
        Assert.Equal((CertificateState.Suspended, CertificateState.Expired), (certificate.History[^1].From!.Value, certificate.History[^1].To));
        Assert.Null(certificate.SuspendedUntil);
        Assert.Equal(CaseStage.Closed, _driver.Case.Stage);
        Assert.Equal(StepStatus.Cancelled, _driver.Case.Steps.Last(s => s.Kind == "certificate-status").Status);
        Assert.True(JournalChain.Verify(await _driver.Runtime.JournalAsync(_driver.Case.Id)).Valid);
    }

    [Fact]
    public async Task Ls_ValidityEndsWithoutRecertification_Cancelled_A10LsD04()
    {
        await _driver.LsToCertificateAsync();
        var certificate = _driver.Case.Facts.Certificate!;
        Assert.Equal((new DateOnly(2025, 4, 16), new DateOnly(2028, 4, 15)), (certificate.IssuedOn, certificate.ExpiresOn)); // 3 years
        Assert.Equal(new DateOnly(2028, 1, 15), _driver.Case.Facts.RecertificationReminderOn); // LS-D04: expiry − 3 M
        Assert.Equal(("A-10", new DateOnly(2028, 4, 15)), (_driver.Open("certificate-expiry").DueRuleId!, _driver.Open("certificate-expiry").DueOn!.Value));

        var early = await Assert.ThrowsAsync<RuleViolationException>(() => _driver.ActAsync(At(2028, 4, 15), "certificate-expiry", "expire", DemoStaff.Manager));
        Assert.Equal("A-10", early.RuleId);
        await _driver.ActAsync(At(2028, 4, 17), "certificate-expiry", "expire", DemoStaff.Manager);

        certificate = _driver.Case.Facts.Certificate!;
        Assert.Equal((CertificateState.Valid, CertificateState.Cancelled), (certificate.History[^1].From!.Value, certificate.History[^1].To));
        Assert.StartsWith("expired-without-recertification", certificate.History[^1].Reason, StringComparison.Ordinal);
        Assert.Equal(CaseStage.Closed, _driver.Case.Stage);
        Assert.True(JournalChain.Verify(await _driver.Runtime.JournalAsync(_driver.Case.Id)).Valid);
    }
}
