using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>Suspension, restoration, revocation and cancellation of issued certificates (§2.9), on each real database.</summary>
public abstract class CertificateStatusTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly CycleDriver _driver;

    protected CertificateStatusTests(TDatabase database) => _driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 8, 1))));

    private Task<CertificationCase> StatusAsync(DateTimeOffset at, string action, string trigger, string? verifiedOn = null) =>
        _driver.StatusAsync(at, action, trigger, "核查结论", verifiedOn);

    [Fact]
    public async Task Tel_SuspendRestoreCancel_DueByTelD07_ForbiddenMovesRefusedCertT02CertT03()
    {
        await _driver.TelToCertificateAsync();
        await StatusAsync(At(2025, 11, 3), "suspend", "persistent-failure");
        Assert.Equal((CertificateState.Suspended, new DateOnly(2026, 5, 3)), (_driver.Case.Facts.Certificate!.State, _driver.Case.Facts.Certificate.SuspendedUntil!.Value));
        Assert.Equal(("TEL-D07", new DateOnly(2026, 5, 3)), (_driver.Open("certificate-status").DueRuleId!, _driver.Open("certificate-status").DueOn!.Value));

        var again = await Assert.ThrowsAsync<RuleViolationException>(() => StatusAsync(At(2025, 11, 3), "suspend", "persistent-failure"));
        var early = await Assert.ThrowsAsync<RuleViolationException>(() => StatusAsync(At(2026, 5, 3), "revoke", "suspension-expired"));
        await StatusAsync(At(2026, 5, 3), "restore", "rectification-verified");
        var wrongTrigger = await Assert.ThrowsAsync<RuleViolationException>(() => StatusAsync(At(2026, 5, 4), "revoke", "suspension-expired"));
        await StatusAsync(At(2026, 6, 1), "cancel", "holder-request");

        Assert.Equal("CERT-T03", again.RuleId); // no state moves to itself
        Assert.Equal(("TEL-D07", "data.trigger"), (early.RuleId, early.Field)); // May 3 is the last day of the suspension
        Assert.Equal(("CERT-T02", "trigger"), (wrongTrigger.RuleId, wrongTrigger.Field));
        var certificate = _driver.Case.Facts.Certificate;
        Assert.Equal(
            [(null, CertificateState.Valid), (CertificateState.Valid, CertificateState.Suspended), (CertificateState.Suspended, CertificateState.Valid), (CertificateState.Valid, CertificateState.Cancelled)],
            certificate.History.Select(h => (h.From, h.To)));
        Assert.Equal(new DateOnly(2026, 6, 1), certificate.History[^1].On);
        Assert.Equal(CaseStage.Closed, _driver.Case.Stage);
        Assert.DoesNotContain(_driver.Case.Steps, s => s.Status == StepStatus.Open);
        Assert.Equal(StepStatus.Cancelled, _driver.Case.Steps.Single(s => s.Kind == "surveillance-audit").Status);
        Assert.True(JournalChain.Verify(await _driver.Runtime.JournalAsync(_driver.Case.Id)).Valid);
    }

    [Fact]
    public async Task As_SuspensionWithinFiveWorkingDaysOfVerification_PublishedAndRevoked_AsD08AsD09AsD10AsD12()
    {
        await _driver.AsToCertificateAsync();
        Assert.Equal(("3072601010001R0", "五星级"), (_driver.Case.Facts.Certificate!.Number, _driver.Case.Facts.Certificate.Grade));

        // Verified Tue Feb 10: Feb 11, 12, 13, Sat 14 (make-up day), then 春节 Feb 15–23 off, Feb 24.
        var late = await Assert.ThrowsAsync<RuleViolationException>(() => StatusAsync(At(2026, 2, 25), "suspend", "persistent-failure", "2026-02-10"));
        var noDate = await Assert.ThrowsAsync<InvalidInputException>(() => StatusAsync(At(2026, 2, 25), "suspend", "persistent-failure"));
        await StatusAsync(At(2026, 2, 25), "suspend", "persistent-failure", "2026-02-11");

        Assert.Equal(("AS-D08", "data.verifiedOn"), (late.RuleId, late.Field));
        Assert.Equal("data.verifiedOn", noDate.Field);
        Assert.Equal(new DateOnly(2026, 8, 25), _driver.Case.Facts.Certificate.SuspendedUntil); // AS-D09: 6 M
        var publication = _driver.Open("status-publication");
        Assert.Equal(("AS-D12", new DateOnly(2026, 3, 3)), (publication.DueRuleId!, publication.DueOn!.Value)); // Feb 26, 27, Sat 28 (make-up), Mar 2, 3
        await _driver.ActAsync(At(2026, 2, 26), "status-publication", "publish", DemoStaff.Manager);

        await StatusAsync(At(2026, 3, 2), "restore", "rectification-verified");
        await StatusAsync(At(2026, 9, 1), "suspend", "licence-expired-reapplied", "2026-09-01");
        Assert.Null(_driver.Case.Facts.Certificate.SuspendedUntil); // AS-D09 exception: until the licensing decision
        Assert.Null(_driver.Open("certificate-status").DueOn);
        await StatusAsync(At(2026, 9, 8), "revoke", "legal-entity-cancelled", "2026-09-01"); // AS-D10: Sep 8 is the fifth working day

        Assert.Equal((CertificateState.Revoked, CaseStage.Closed), (_driver.Case.Facts.Certificate.State, _driver.Case.Stage));
        Assert.True(JournalChain.Verify(await _driver.Runtime.JournalAsync(_driver.Case.Id)).Valid);
    }

    [Fact]
    public async Task Tel_SurveillanceDecision_AuditorRefusedTelR01_NotMaintainedSuspendsWithTelD07AndNextSurveillance()
    {
        await _driver.TelToCertificateAsync();
        await _driver.SurveyAsync(At(2026, 8, 10), "2026-08-17", At(2026, 8, 18), leader: DemoStaff.Outsider);

        var auditor = await Assert.ThrowsAsync<ActorNotAllowedException>(() => _driver.ActAsync(At(2026, 8, 20), "surveillance-decision", "decide",
            new Actor(DemoStaff.Outsider.Id, "监督组长", new HashSet<string> { "decisionMaker" }), new() { ["outcome"] = "maintain" }));
        var noReasons = await Assert.ThrowsAsync<InvalidInputException>(() =>
            _driver.ActAsync(At(2026, 8, 20), "surveillance-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "suspend" }));
        await _driver.ActAsync(At(2026, 8, 20), "surveillance-decision", "decide", DemoStaff.Decider, new() { ["outcome"] = "suspend", ["reasons"] = "投诉处理持续不符合" });

        Assert.Equal("TEL-R01", auditor.RuleId);
        Assert.Equal("data.reasons", noReasons.Field);
        var certificate = _driver.Case.Facts.Certificate!;
        Assert.Equal((CertificateState.Suspended, new DateOnly(2027, 2, 20)), (certificate.State, certificate.SuspendedUntil!.Value)); // TEL-D07: 6 M
        Assert.StartsWith("surveillance-not-maintained", certificate.History[^1].Reason, StringComparison.Ordinal);
        Assert.Equal(("TEL-D07", new DateOnly(2027, 2, 20)), (_driver.Open("certificate-status").DueRuleId!, _driver.Open("certificate-status").DueOn!.Value));
        Assert.Equal(new DateOnly(2027, 8, 18), _driver.Open("surveillance-audit").DueOn); // TEL-D05 from the end of this surveillance
    }
}
