using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TeamsCert.IntegrationTests.Documents;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.IntegrationTests.Workflow;

namespace TeamsCert.IntegrationTests.Portal;

/// <summary>
/// The portal's other forms over real HTTP: the one-time deficiency notice, the audit-plan acknowledgement and the
/// corrective actions per nonconformity. Cases are prepared by the runtime harness in the hosted app's own database.
/// </summary>
public sealed class PortalStepFormsTests : IAsyncLifetime, IDisposable
{
    private readonly TeamsCertFactory _factory = new();
    private FolderSqliteDatabase _database = null!;
    private CycleDriver _driver = null!;

    private HttpClient Staff => _factory.ClientFor("reviewer@demo.local");

    public async Task InitializeAsync()
    {
        using var started = _factory.CreateClient();
        _database = new FolderSqliteDatabase(_factory.DataFolder);
        await _database.InitializeAsync();
        _driver = new CycleDriver(new RuntimeHarness(_database, new FakeTimeProvider(CycleDriver.At(2025, 8, 1))));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Documents_DeficiencyNotice_ListsEveryItemRefusesEmptyThenSuppliesAndResumesReview()
    {
        using var opened = await Staff.PostAsJsonAsync(new Uri("/api/cases", UriKind.Relative),
            new { scheme = "TEL", organization = "北京示例呼叫中心有限公司", personnel = 120, sites = 2, scope = "呼叫中心客户服务" });
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await ActAsync(caseId, "application-review", "deficiency", new { missing = "businessLicence,serviceList" });
        var portal = await LinkAsync(caseId, "documents");

        using var page = await portal.PageAsync();
        var html = await page.Content.ReadAsStringAsync();
        using var empty = await portal.SubmitAsync([]);
        await portal.UploadAsync("businessLicence", "营业执照.pdf", GeneratedFileStream.Pdf(8_000));
        using var supplied = await portal.SubmitAsync([new("comment", "服务清单下周补交")]);

        Assert.Contains("企业营业执照及年检证明复印件", html, StringComparison.Ordinal);
        Assert.Contains("申报服务活动的详细介绍", html, StringComparison.Ordinal);
        Assert.Contains("id=\"missing-count\">2<", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("请至少上传一项所缺材料", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, supplied.StatusCode);
        var view = await PortalClient.CaseAsync(Staff, caseId);
        Assert.Equal("ApplicationReview", view.GetProperty("stage").GetString());
        var completed = (await PortalClient.JournalAsync(Staff, caseId)).Last(e => e.GetProperty("type").GetString() == "step.completed");
        Assert.Equal(("businessLicence", "serviceList"), (completed.GetProperty("data").GetProperty("supplied").GetString(), completed.GetProperty("data").GetProperty("outstanding").GetString()));
    }

    [Fact]
    public async Task PlanAcknowledgement_ShowsThePlanRequiresTheTickThenOpensStage1()
    {
        await _driver.TelToPlanAsync(CycleDriver.At(2025, 8, 1));
        var @case = await _driver.ActAsync(CycleDriver.At(2025, 8, 6), "audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2025-08-11" });
        var portal = await LinkAsync(@case.Id, "plan-acknowledgement");

        using var page = await portal.PageAsync();
        using var unticked = await portal.SubmitAsync([new("comment", "")]);
        using var acknowledged = await portal.SubmitAsync([new("acknowledged", "true")]);

        Assert.Contains("2025-08-11", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unticked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        var view = await PortalClient.CaseAsync(Staff, @case.Id);
        Assert.Contains(view.GetProperty("steps").EnumerateArray(), s => s.GetProperty("kind").GetString() == "stage1-audit" && s.GetProperty("status").GetString() == "Open");
        Assert.NotNull(view.GetProperty("facts").GetProperty("plan").GetProperty("acknowledgedOn").GetString());
    }

    [Fact]
    public async Task CorrectiveActions_PerNonconformityWithEvidence_RefusedWithoutEvidenceThenVerificationOpens()
    {
        await _driver.TelToPlanAsync(CycleDriver.At(2025, 8, 1));
        await _driver.ActAsync(CycleDriver.At(2025, 8, 6), "audit-plan", "send", DemoStaff.Leader, new() { ["onSiteStart"] = "2025-08-11" });
        await _driver.ActAsync(CycleDriver.At(2025, 8, 6), "plan-acknowledgement", "acknowledge", DemoStaff.Applicant);
        await _driver.ActAsync(CycleDriver.At(2025, 8, 8), "mystery-shopping", "record", DemoStaff.Shopper, new() { ["date"] = "2025-08-08" });
        await _driver.ActAsync(CycleDriver.At(2025, 8, 11), "stage1-audit", "complete", DemoStaff.Leader, new() { ["start"] = "2025-08-11", ["end"] = "2025-08-11" });
        var @case = await _driver.ActAsync(CycleDriver.At(2025, 8, 20), "stage2-audit", "complete", DemoStaff.Leader, new()
        {
            ["start"] = "2025-08-18",
            ["end"] = "2025-08-20",
            ["findings"] = """[{"grade":"minor","clause":"YD/T 2823 5.3","evidence":"录音抽查 3/50 未按话术"},{"grade":"observation","clause":"5.6","evidence":"满意度回访比例偏低"}]""",
            ["score"] = CycleDriver.TelScore,
        });
        var portal = await LinkAsync(@case.Id, "corrective-actions");

        using var page = await portal.PageAsync();
        var html = await page.Content.ReadAsStringAsync();
        using var withoutEvidence = await portal.SubmitAsync([new("finding-1", "话术培训并复查 50 通录音")]);
        var (evidence, _) = await portal.UploadAsync("finding-1", "培训记录.pdf", GeneratedFileStream.Pdf(12_000));
        using var submitted = await portal.SubmitAsync([new("finding-1", "话术培训并复查 50 通录音")]);

        Assert.Contains("YD/T 2823 5.3", html, StringComparison.Ordinal);
        Assert.Contains("录音抽查 3/50 未按话术", html, StringComparison.Ordinal);
        Assert.DoesNotContain("满意度回访比例偏低", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withoutEvidence.StatusCode);
        Assert.Contains("请为不符合项 1", await withoutEvidence.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, evidence.StatusCode);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var view = await PortalClient.CaseAsync(Staff, @case.Id);
        Assert.Contains(view.GetProperty("steps").EnumerateArray(), s => s.GetProperty("kind").GetString() == "corrective-action-verification" && s.GetProperty("status").GetString() == "Open");
        var completed = (await PortalClient.JournalAsync(Staff, @case.Id)).Last(e => e.GetProperty("type").GetString() == "step.completed");
        var actions = JsonDocument.Parse(completed.GetProperty("data").GetProperty("actions").GetString()!).RootElement;
        Assert.Equal(("finding-1", "话术培训并复查 50 通录音", "培训记录.pdf v1"), (actions[0].GetProperty("finding").GetString(), actions[0].GetProperty("action").GetString(),
            actions[0].GetProperty("evidence")[0].GetString()));
    }

    private async Task ActAsync(Guid caseId, string kind, string action, object data)
    {
        var view = await PortalClient.CaseAsync(Staff, caseId);
        var step = view.GetProperty("steps").EnumerateArray().First(s => s.GetProperty("kind").GetString() == kind && s.GetProperty("status").GetString() == "Open");
        using var response = await Staff.PostAsJsonAsync(new Uri($"/api/cases/{caseId}/steps/{step.GetProperty("id")}", UriKind.Relative), new { action, data });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<PortalClient> LinkAsync(Guid caseId, string purpose)
    {
        using var response = await Staff.PostAsJsonAsync(new Uri($"/api/cases/{caseId}/links", UriKind.Relative), new { purpose });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var url = new Uri((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!);
        return new PortalClient(_factory, url.Segments[^1]);
    }
}
