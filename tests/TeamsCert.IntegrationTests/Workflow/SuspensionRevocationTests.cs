using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>A suspension left unresolved past its limit ends in revocation (§2.9; TEL-D07, AS-D09), on each real database.</summary>
public abstract class SuspensionRevocationTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly CycleDriver _driver;

    protected SuspensionRevocationTests(TDatabase database) => _driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 8, 1))));

    private Task<CertificationCase> StatusAsync(DateTimeOffset at, string action, string trigger, string? verifiedOn = null) =>
        _driver.StatusAsync(at, action, trigger, "暂停期满未整改", verifiedOn);

    [Fact]
    public async Task Tel_SuspensionUnresolvedAfterSixMonths_RevokedTelD07()
    {
        await _driver.TelToCertificateAsync();
        await StatusAsync(At(2025, 11, 3), "suspend", "persistent-failure");
        var early = await Assert.ThrowsAsync<RuleViolationException>(() => StatusAsync(At(2026, 5, 3), "revoke", "suspension-expired"));
        await StatusAsync(At(2026, 5, 4), "revoke", "suspension-expired");

        Assert.Equal(("TEL-D07", "data.trigger"), (early.RuleId, early.Field)); // 2025-11-03 + 6 M: the last day is 2026-05-03
        var certificate = _driver.Case.Facts.Certificate!;
        Assert.Equal((CertificateState.Suspended, CertificateState.Revoked, new DateOnly(2026, 5, 4)), (certificate.History[^1].From!.Value, certificate.History[^1].To, certificate.History[^1].On));
        Assert.Equal(CaseStage.Closed, _driver.Case.Stage);
        Assert.DoesNotContain(_driver.Case.Steps, s => s.Status == StepStatus.Open);
        Assert.True(JournalChain.Verify(await _driver.Runtime.JournalAsync(_driver.Case.Id)).Valid);
    }

    [Fact]
    public async Task As_SuspensionUnresolvedAfterSixMonths_RevokedAsD09AsD10()
    {
        await _driver.AsToCertificateAsync();
        await StatusAsync(At(2026, 3, 2), "suspend", "persistent-failure", "2026-03-02");
        Assert.Equal(("AS-D09", new DateOnly(2026, 9, 2)), (_driver.Open("certificate-status").DueRuleId!, _driver.Open("certificate-status").DueOn!.Value));
        var early = await Assert.ThrowsAsync<RuleViolationException>(() => StatusAsync(At(2026, 9, 2), "revoke", "suspension-expired", "2026-09-02"));
        await StatusAsync(At(2026, 9, 3), "revoke", "suspension-expired", "2026-09-03");

        Assert.Equal(("AS-D09", "data.trigger"), (early.RuleId, early.Field));
        Assert.Equal((CertificateState.Revoked, CaseStage.Closed), (_driver.Case.Facts.Certificate!.State, _driver.Case.Stage));
        var publication = _driver.Case.Steps.Last(s => s.Kind == "status-publication");
        Assert.Equal((StepStatus.Open, "AS-D12", new DateOnly(2026, 9, 10)), (publication.Status, publication.DueRuleId!, publication.DueOn!.Value));
        Assert.True(JournalChain.Verify(await _driver.Runtime.JournalAsync(_driver.Case.Id)).Valid);
    }
}
