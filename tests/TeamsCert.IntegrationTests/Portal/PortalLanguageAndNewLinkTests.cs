using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using TeamsCert.IntegrationTests.Documents;
using TeamsCert.IntegrationTests.Links;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Portal;

/// <summary>
/// Issue 13, portal: one language per page chosen by ?lang= and kept in a cookie, the body's identity and contact on
/// every page, no hashes, and "send me a new link" on a dead link: a staff message queued once, rate-limited per IP,
/// and the same answer for a token nobody issued.
/// </summary>
public sealed class PortalLanguageAndNewLinkTests : IDisposable
{
    private static readonly string[] _zhChrome = ["案件编号", "申请组织", "保存草稿", "提交之后", "办理进度", "链接有效期至（北京时间）", "尚缺："];
    private static readonly string[] _enChrome = ["Case number", "Organisation", "Save draft", "After you submit", "Progress", "Link valid until (Beijing time)", "Still missing:"];

    private readonly TeamsCertFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Page_ZhByDefault_EnByQueryThenCookie_OneLanguageBodyContactNoHashes()
    {
        var (_, token) = await PortalApplicantJourneyTests<SqliteTestDatabase>.InviteAsync(_factory);
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var portal = new PortalClient(_factory, token);
        Assert.Equal(HttpStatusCode.Created, (await portal.UploadAsync("businessLicence", "营业执照.pdf", GeneratedFileStream.Pdf(40_000))).Response.StatusCode);

        var zh = await client.GetStringAsync(new Uri($"/portal/{token}", UriKind.Relative));
        Assert.Contains("<html lang=\"zh-CN\">", zh, StringComparison.Ordinal);
        Assert.All(_zhChrome, label => Assert.Contains(label, zh, StringComparison.Ordinal));
        Assert.All(_enChrome, label => Assert.DoesNotContain(label, zh, StringComparison.Ordinal));
        Assert.Contains("示例服务认证中心（演示）", zh, StringComparison.Ordinal);
        Assert.Contains("电话 010-0000 0000 · 邮箱 certification@demo.local", zh, StringComparison.Ordinal);
        Assert.Contains("批准号：CNCA-R-0000-000（演示）", zh, StringComparison.Ordinal);
        Assert.Contains("href=\"/portal/" + token + "?lang=en\"", zh, StringComparison.Ordinal);
        Assert.Contains("营业执照.pdf · 39 KB", zh, StringComparison.Ordinal);
        Assert.DoesNotMatch(PortalApplicantJourneyTests<SqliteTestDatabase>.Sha256Hex(), zh);
        Assert.DoesNotContain("SHA-256", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("application-form", zh, StringComparison.Ordinal);

        using var switched = await client.GetAsync(new Uri($"/portal/{token}?lang=en", UriKind.Relative));
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith("teamscert-lang=en", StringComparison.Ordinal));
        var en = await client.GetStringAsync(new Uri($"/portal/{token}", UriKind.Relative));
        Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
        Assert.All(_enChrome, label => Assert.Contains(label, en, StringComparison.Ordinal));
        Assert.All(_zhChrome, label => Assert.DoesNotContain(label, en, StringComparison.Ordinal));
        Assert.Contains("Demo Service Certification Centre", en, StringComparison.Ordinal);
        Assert.Contains("Tel. 010-0000 0000 · E-mail certification@demo.local", en, StringComparison.Ordinal);
        Assert.DoesNotMatch(PortalApplicantJourneyTests<SqliteTestDatabase>.Sha256Hex(), en);
    }

    [Fact]
    public async Task NewLink_OnRevokedLink_QueuesOneStaffMessage_WrongTokenSameAnswerNothingQueued()
    {
        var api = new LinkApi(_factory);
        var (caseId, token) = await PortalApplicantJourneyTests<SqliteTestDatabase>.InviteAsync(_factory);
        var link = Assert.Single(await api.LinkRowsAsync());
        using (var revoke = await api.Staff.DeleteAsync(new Uri($"/api/links/{link.Id}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        var portal = new PortalClient(_factory, token);
        var dead = await (await portal.PageAsync()).Content.ReadAsStringAsync();
        Assert.Contains("id=\"request-link\"", dead, StringComparison.Ordinal);
        Assert.Contains("电话 010-0000 0000", dead, StringComparison.Ordinal);
        Assert.DoesNotContain("北京草稿示例有限公司", dead, StringComparison.Ordinal);

        using var asked = await portal.PostAsync($"/portal/{token}/new-link", []);
        var answer = await asked.Content.ReadAsStringAsync();
        using var askedAgain = await portal.PostAsync($"/portal/{token}/new-link", []);
        var stranger = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        using var wrong = await portal.PostAsync($"/portal/{stranger}/new-link", []);
        var wrongAnswer = await wrong.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (asked.StatusCode, askedAgain.StatusCode, wrong.StatusCode));
        Assert.Equal(answer.Replace(token, "TOKEN", StringComparison.Ordinal), wrongAnswer.Replace(stranger, "TOKEN", StringComparison.Ordinal));
        Assert.DoesNotContain("北京草稿示例有限公司", wrongAnswer, StringComparison.Ordinal);
        Assert.Contains("010-0000 0000", answer, StringComparison.Ordinal);
        var message = Assert.Single(await PortalApplicantJourneyTests<SqliteTestDatabase>.Outbox(_factory, caseId, "applicant-link-requested"));
        Assert.Equal("applicationReviewer", message.Recipient);
        var data = JsonSerializer.Deserialize<Dictionary<string, string>>(message.DataJson)!;
        Assert.Equal(("revoked", "application-form", link.Id.ToString("D")), (data["reason"], data["purpose"], data["linkId"]));
        Assert.True(await api.JournalVerifiesAsync(caseId));
    }

    [Fact]
    public async Task NewLink_OverThePerIpLimit_429()
    {
        using var app = _factory.WithWebHostBuilder(b => b.UseSetting("Portal:NewLinkRequestsPerMinute", "2"));
        var portal = new PortalClient(app, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await portal.PostAsync("/portal/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/new-link", []);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
