using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.Web.Cases;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Workflow;

/// <summary>Scope reduction of a certificate (002 §9.6.5–9.6.6; 004 §5.10.6), on each real database.</summary>
public abstract class ScopeReductionTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string FullScope = "呼叫中心客户服务；投诉受理服务；外呼营销服务";

    private readonly CycleDriver _driver;

    protected ScopeReductionTests(TDatabase database) =>
        _driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 8, 1)))) { Scope = FullScope };

    private Task<CertificationCase> ReduceAsync(DateTimeOffset at, string removed) =>
        _driver.ActAsync(at, "certificate-status", "reduce-scope", DemoStaff.Manager, new() { ["removed"] = removed, ["reason"] = "外呼营销部分持续不满足要求" });

    private async Task<string> ApiScopeAsync() => CaseView.From(await _driver.Runtime.LoadAsync(_driver.Case.Id), _ => []).Scope;

    [Fact]
    public async Task Tel_ReduceScopeOnValid_002_9_6_6_HistoryAndApiScope()
    {
        await _driver.TelToCertificateAsync();
        await ReduceAsync(At(2025, 11, 3), "外呼营销服务");

        var certificate = _driver.Case.Facts.Certificate!;
        Assert.Equal((CertificateState.Valid, "呼叫中心客户服务；投诉受理服务"), (certificate.State, certificate.Scope!));
        var line = Assert.Single(certificate.ScopeHistory);
        Assert.Equal((new DateOnly(2025, 11, 3), FullScope, "呼叫中心客户服务；投诉受理服务", DemoStaff.Manager.Id),
            (line.On, line.From, line.To, line.By));
        Assert.Equal("呼叫中心客户服务；投诉受理服务", await ApiScopeAsync());
        Assert.Equal(StepStatus.Open, _driver.Open("certificate-status").Status);
        var journal = await _driver.Runtime.JournalAsync(_driver.Case.Id);
        Assert.Contains(journal, j => j.Type == "certificate.scope-reduced" && j.DataJson.Contains("002 §9.6.6", StringComparison.Ordinal));
        Assert.True(JournalChain.Verify(journal).Valid);
    }

    [Fact]
    public async Task As_ReduceScopeOnValid_004_5_10_6_PublishedAsD12()
    {
        await _driver.AsToCertificateAsync();
        await ReduceAsync(At(2026, 3, 2), "投诉受理服务");

        Assert.Equal("呼叫中心客户服务；外呼营销服务", _driver.Case.Facts.Certificate!.Scope);
        Assert.Equal("呼叫中心客户服务；外呼营销服务", await ApiScopeAsync());
        var publication = _driver.Open("status-publication");
        Assert.Equal(("AS-D12", new DateOnly(2026, 3, 2)), (publication.DueRuleId!, publication.OpenedOn));
        var journal = await _driver.Runtime.JournalAsync(_driver.Case.Id);
        Assert.Contains(journal, j => j.Type == "certificate.scope-reduced" && j.DataJson.Contains("004 §5.10.6", StringComparison.Ordinal));
        Assert.True(JournalChain.Verify(journal).Valid);
    }

    [Fact]
    public async Task Tel_SuspensionExpired_ReduceScopeInsteadOfRevoke_002_9_6_5_BackToValid()
    {
        await _driver.TelToCertificateAsync();
        await _driver.ActAsync(At(2025, 11, 3), "certificate-status", "suspend", DemoStaff.Manager,
            new() { ["trigger"] = "persistent-failure", ["reason"] = "外呼营销部分不满足要求" });
        await ReduceAsync(At(2026, 5, 4), "外呼营销服务");

        var certificate = _driver.Case.Facts.Certificate!;
        Assert.Equal((CertificateState.Valid, (DateOnly?)null), (certificate.State, certificate.SuspendedUntil));
        Assert.Equal((CertificateState.Suspended, CertificateState.Valid, new DateOnly(2026, 5, 4)),
            (certificate.History[^1].From!.Value, certificate.History[^1].To, certificate.History[^1].On));
        Assert.StartsWith("scope-reduced", certificate.History[^1].Reason, StringComparison.Ordinal);
        Assert.Equal("呼叫中心客户服务；投诉受理服务", await ApiScopeAsync());
        Assert.NotEqual(CaseStage.Closed, _driver.Case.Stage);
        Assert.Null(_driver.Open("certificate-status").DueRuleId); // no longer due by TEL-D07
        var journal = await _driver.Runtime.JournalAsync(_driver.Case.Id);
        Assert.Contains(journal, j => j.Type == "certificate.status-changed" && j.DataJson.Contains("002 §9.6.5", StringComparison.Ordinal));
        Assert.True(JournalChain.Verify(journal).Valid);
    }

    [Fact]
    public async Task Tel_ReduceScopeWhileSuspensionRuns_StaysSuspendedDueAtPeriodEnd_002_9_6_6_TelD07()
    {
        await _driver.TelToCertificateAsync();
        await _driver.ActAsync(At(2025, 11, 3), "certificate-status", "suspend", DemoStaff.Manager,
            new() { ["trigger"] = "persistent-failure", ["reason"] = "外呼营销部分不满足要求" });
        await ReduceAsync(At(2026, 1, 5), "外呼营销服务");

        var certificate = _driver.Case.Facts.Certificate!;
        Assert.Equal((CertificateState.Suspended, new DateOnly(2026, 5, 3)), (certificate.State, certificate.SuspendedUntil!.Value));
        Assert.Equal("呼叫中心客户服务；投诉受理服务", certificate.Scope);
        Assert.Equal(CertificateState.Suspended, certificate.History[^1].To); // no restoration before the period ends
        var status = _driver.Open("certificate-status");
        Assert.Equal(("TEL-D07", new DateOnly(2026, 5, 3)), (status.DueRuleId!, status.DueOn!.Value));
        Assert.True(JournalChain.Verify(await _driver.Runtime.JournalAsync(_driver.Case.Id)).Valid);
    }

    [Fact]
    public async Task Tel_ReduceScope_EmptyUnknownOrWholeRemovalRefused_CertS02()
    {
        await _driver.TelToCertificateAsync();
        var empty = await Assert.ThrowsAsync<InvalidInputException>(() => ReduceAsync(At(2025, 11, 3), " "));
        var unknown = await Assert.ThrowsAsync<InvalidInputException>(() => ReduceAsync(At(2025, 11, 3), "物业服务"));
        var whole = await Assert.ThrowsAsync<RuleViolationException>(() => ReduceAsync(At(2025, 11, 3), FullScope));

        Assert.Equal(("data.removed", "data.removed"), (empty.Field, unknown.Field));
        Assert.Equal((CertificateRuleIds.ScopeWouldBeEmpty, "data.removed"), (whole.RuleId, whole.Field));
        Assert.Equal(FullScope, await ApiScopeAsync());
        Assert.Empty((await _driver.Runtime.LoadAsync(_driver.Case.Id)).Facts.Certificate!.ScopeHistory);
    }

    [Fact]
    public async Task Tel_RevokedCertificate_ReduceScopeRefused_CaseClosed_002_9_6_7()
    {
        await _driver.TelToCertificateAsync();
        await _driver.ActAsync(At(2025, 11, 3), "certificate-status", "revoke", DemoStaff.Manager,
            new() { ["trigger"] = "information-review", ["reason"] = "重大投诉核实" });
        var last = _driver.Case.Steps.Last(s => s.Kind == "certificate-status");

        await Assert.ThrowsAnyAsync<DomainException>(() => _driver.Runtime.WithActionsAsync((actions, _) => actions.ActAsync(_driver.Case.Id, last.Id,
            "reduce-scope", new Dictionary<string, string> { ["removed"] = "外呼营销服务", ["reason"] = "x" }, null, DemoStaff.Manager)));
        Assert.Equal(CertificateState.Revoked, _driver.Case.Facts.Certificate!.State);
        Assert.Equal(FullScope, await ApiScopeAsync());
    }
}
