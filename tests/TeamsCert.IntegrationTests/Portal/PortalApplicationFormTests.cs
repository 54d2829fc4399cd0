using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TeamsCert.IntegrationTests.Documents;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Portal;

/// <summary>An invitation to apply, end to end over HTTP: the applicant fills the TEL form, uploads per item and submits; the case moves on.</summary>
public sealed class PortalApplicationFormTests : IDisposable
{
    private const string Reviewer = "reviewer@demo.local";
    private readonly TeamsCertFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Invitation_FormUploadsAndSubmit_CaseReceivedReviewDueAndLinkSpent()
    {
        var staff = _factory.ClientFor(Reviewer);
        var (caseId, linkId, portal) = await InviteAsync(staff);

        using (var page = await portal.PageAsync())
        {
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("name=\"legalRepresentative\"", html, StringComparison.Ordinal);
            Assert.Contains("信息收集表", html, StringComparison.Ordinal);
            Assert.Contains("企业营业执照及年检证明复印件", html, StringComparison.Ordinal);
            Assert.Contains("id=\"missing-count\">9<", html, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }

        var first = await portal.UploadAsync("businessLicence", "营业执照.pdf", GeneratedFileStream.Pdf(40_000));
        var second = await portal.UploadAsync("businessLicence", "营业执照.pdf", GeneratedFileStream.Pdf(50_000));
        var third = await portal.UploadAsync("serviceList", "服务清单.pdf", GeneratedFileStream.Pdf(10_000));
        Assert.All(new[] { first, second, third }, u => Assert.Equal(HttpStatusCode.Created, u.Response.StatusCode));
        Assert.Equal((1, 2), (first.Body.GetProperty("version").GetInt32(), second.Body.GetProperty("version").GetInt32()));
        Assert.False(second.Body.TryGetProperty("sha256", out _), "the applicant is never shown a hash");
        Assert.Equal(GeneratedFileStream.Sha256Of(() => GeneratedFileStream.Pdf(50_000)),
            (await PortalClient.DocumentsAsync(_factory, caseId)).Single(d => d.Version == 2).Sha256);

        using (var page = await portal.PageAsync())
        {
            Assert.Contains("id=\"missing-count\">7<", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var warned = await portal.SubmitAsync(PortalClient.TelForm()))
        {
            var html = await warned.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
            Assert.Contains("id=\"incomplete-warning\"", html, StringComparison.Ordinal);
            Assert.Contains("还缺 7 项必需材料", html, StringComparison.Ordinal);
            Assert.Equal("AwaitingApplicant", (await PortalClient.CaseAsync(staff, caseId)).GetProperty("stage").GetString());
        }

        using var submitted = await portal.SubmitAsync(PortalClient.TelForm().Append(new("confirmIncomplete", "true")));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Contains("已提交", await submitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var view = await PortalClient.CaseAsync(staff, caseId);
        Assert.Equal(("ApplicationReview", 120, 2, "91350100M000100Y43"), (view.GetProperty("stage").GetString(), view.GetProperty("personnel").GetInt32(),
            view.GetProperty("sites").GetInt32(), view.GetProperty("organizationCode").GetString()));
        var review = view.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "application-review");
        Assert.Equal(("Open", "2025-10-11", "TEL-D01"), (review.GetProperty("status").GetString(), review.GetProperty("due").GetString(), review.GetProperty("dueRuleId").GetString()));
        var application = view.GetProperty("facts").GetProperty("application");
        Assert.Equal(["businessLicence", "serviceList"], application.GetProperty("materials").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("lisi@example.com", view.GetProperty("facts").GetProperty("contact").GetProperty("email").GetString());

        var journal = await PortalClient.JournalAsync(staff, caseId);
        Assert.Equal(3, journal.Count(e => e.GetProperty("type").GetString() == "document.uploaded"));
        Assert.Contains(journal, e => e.GetProperty("type").GetString() == "step.completed" && e.GetProperty("actor").GetString() == $"applicant:{linkId:D}");
        Assert.Contains(journal, e => e.GetProperty("type").GetString() == "link.completed");
        Assert.True((await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}/journal/verify", UriKind.Relative))).GetProperty("valid").GetBoolean());

        using var again = await portal.PageAsync();
        var spent = await again.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("链接已使用完毕", spent, StringComparison.Ordinal);
        Assert.Contains("申请评审", spent, StringComparison.Ordinal);
        using var resubmitted = await portal.SubmitAsync(PortalClient.TelForm());
        Assert.Equal(HttpStatusCode.Gone, resubmitted.StatusCode);
    }

    [Fact]
    public async Task Submit_InvalidAnswers_400EveryProblemNamedInputKeptNothingChanged()
    {
        var staff = _factory.ClientFor(Reviewer);
        var (caseId, _, portal) = await InviteAsync(staff);
        var form = PortalClient.TelForm();
        form.Remove("contactEmail");
        form["contactPhone"] = "电话待定";
        form["organizationCode"] = "91350100M000100Y44";
        form["declaration"] = "";

        using var response = await portal.SubmitAsync(form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("有 4 处需要修改", html, StringComparison.Ordinal);
        Assert.Contains("请填写“电子邮箱”", html, StringComparison.Ordinal);
        Assert.Contains("“联系电话”不是有效的电话号码", html, StringComparison.Ordinal);
        Assert.Contains("须确认“本组织声明", html, StringComparison.Ordinal);
        Assert.Contains("value=\"北京市海淀区示例路 1 号\"", html, StringComparison.Ordinal);
        Assert.Contains("座席 300 个</textarea>", html, StringComparison.Ordinal);
        var view = await PortalClient.CaseAsync(staff, caseId);
        Assert.Equal(("AwaitingApplicant", 0), (view.GetProperty("stage").GetString(), view.GetProperty("personnel").GetInt32()));
        using var page = await portal.PageAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Submit_HostileAnswers_400NamingEachFieldAndNothingChanged()
    {
        // The anonymous portal replays issue 12's attempts: a huge name, NUL, a direction override, an absurd number.
        var staff = _factory.ClientFor(Reviewer);
        var (caseId, _, portal) = await InviteAsync(staff);
        var form = PortalClient.TelForm();
        form["organization"] = new string('某', 100_000);
        form["address"] = "北京市\u0007海淀区";
        form["legalRepresentative"] = "张\u202E三";
        form["personnel"] = "2147483647";
        var before = await PortalClient.JournalAsync(staff, caseId);

        using var response = await portal.SubmitAsync(form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("有 4 处需要修改", html, StringComparison.Ordinal);
        Assert.Contains("最多 200 字", html, StringComparison.Ordinal);
        Assert.Contains("控制字符", html, StringComparison.Ordinal);
        Assert.Contains("格式字符", html, StringComparison.Ordinal);
        Assert.Contains("1 至 1,000,000 之间的整数", html, StringComparison.Ordinal);
        var view = await PortalClient.CaseAsync(staff, caseId);
        Assert.Equal(("AwaitingApplicant", 0), (view.GetProperty("stage").GetString(), view.GetProperty("personnel").GetInt32()));
        Assert.Equal(before.Count, (await PortalClient.JournalAsync(staff, caseId)).Count);
    }

    [Fact]
    public async Task Submit_NulInAField_400AndNothingChanged()
    {
        // The framework's form reader refuses %00 before the domain's check: still a 400 naming the problem, not a 500.
        var staff = _factory.ClientFor(Reviewer);
        var (caseId, _, portal) = await InviteAsync(staff);
        var form = PortalClient.TelForm();
        form["address"] = "北京市\0海淀区";

        using var response = await portal.SubmitAsync(form);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不允许的字符", body, StringComparison.Ordinal);
        var view = await PortalClient.CaseAsync(staff, caseId);
        Assert.Equal("AwaitingApplicant", view.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Invitation_As_ItsOwnFormAndMaterialsChecklist()
    {
        var (_, _, portal) = await InviteAsync(_factory.ClientFor(Reviewer), _factory, "AS");

        using var page = await portal.PageAsync();
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("name=\"afterSalesProcesses\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"internalReviewDone\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"declaration\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"missing-count\">8<", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LS")]
    [InlineData("CC9")]
    public async Task Invite_SchemeRulesNoLongerInForce_409A03AndNoCase(string scheme)
    {
        using var response = await _factory.ClientFor(Reviewer).PostAsJsonAsync(new Uri("/api/cases/invitations", UriKind.Relative),
            new { scheme, organization = "杭州示例有限公司" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var cases = await _factory.ClientFor(Reviewer).GetFromJsonAsync<JsonElement>(new Uri("/api/cases", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Conflict, "A-03"), (response.StatusCode, problem.GetProperty("ruleId").GetString()));
        Assert.Equal(0, cases.GetArrayLength());
    }

    [Fact]
    public async Task Invite_ByAuditor_403CaseOpenAndNoCase()
    {
        using var response = await _factory.ClientFor("auditor@demo.local").PostAsJsonAsync(new Uri("/api/cases/invitations", UriKind.Relative),
            new { scheme = "TEL", organization = "北京示例呼叫中心有限公司" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var cases = await _factory.ClientFor(Reviewer).GetFromJsonAsync<JsonElement>(new Uri("/api/cases", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Forbidden, "CASE-OPEN"), (response.StatusCode, problem.GetProperty("ruleId").GetString()));
        Assert.Equal(0, cases.GetArrayLength());
    }

    internal static async Task<(Guid CaseId, Guid LinkId, PortalClient Portal)> InviteAsync(HttpClient staff, Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string scheme = "TEL")
    {
        using var response = await staff.PostAsJsonAsync(new Uri("/api/cases/invitations", UriKind.Relative),
            new { scheme, organization = "北京示例呼叫中心有限公司", contactName = "李四", contactEmail = "lisi@example.com" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("AwaitingApplicant", body.GetProperty("case").GetProperty("stage").GetString());
        var url = new Uri(body.GetProperty("link").GetProperty("url").GetString()!);
        return (body.GetProperty("case").GetProperty("id").GetGuid(), body.GetProperty("link").GetProperty("id").GetGuid(), new PortalClient(factory, url.Segments[^1]));
    }

    private Task<(Guid CaseId, Guid LinkId, PortalClient Portal)> InviteAsync(HttpClient staff) => InviteAsync(staff, _factory);
}
