using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain.Certificates;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.IntegrationTests.Workflow;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Register;

/// <summary>
/// The public register (000 §8.4; 004 §5.10.5; 000 App. B.3) over HTTP through the real host on each real database: a TEL
/// case is driven to a certificate and suspended, then the register is read anonymously.
/// </summary>
public abstract class RegisterTests<TDatabase> : IClassFixture<TDatabase>, IDisposable
    where TDatabase : TestDatabase
{
    private readonly TDatabase _database;
    private readonly CycleDriver _driver;
    private readonly TeamsCertFactory _factory = new();

    protected RegisterTests(TDatabase database)
    {
        _database = database;
        _driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 8, 1))));
        _factory.Clock.SetUtcNow(At(2025, 11, 4));
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task RegisterApi_SuspendedTelCertificate_StatusAndHistoryMatchCaseFacts()
    {
        var number = await SuspendedCertificateAsync();
        using var host = Host();
        using var response = await host.CreateClient().GetAsync(new Uri($"/api/register/{number.ToLowerInvariant()}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(body).RootElement;
        var facts = _driver.Case.Facts.Certificate!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal((number, "suspended", "暂停", "三星级"), (Text(json, "number"), Text(json, "status"), Text(json, "statusZh"), Text(json, "grade")));
        Assert.Equal(("北京示例呼叫中心有限公司", "TEL", "2025-09-30"), (Text(json, "organization"), Text(json, "scheme"), Text(json, "issuedOn")));
        Assert.False(string.IsNullOrWhiteSpace(Text(json, "standard")));
        Assert.Equal(
            facts.History.Select(h => (h.On.ToString("yyyy-MM-dd", null), h.From is { } f ? CertificateStatusText.Code(f) : null, CertificateStatusText.Code(h.To), h.Reason)),
            json.GetProperty("history").EnumerateArray().Select(h => (Text(h, "date"), h.GetProperty("from").GetString(), Text(h, "to"), Text(h, "reason"))));
        Assert.Equal(("2025-11-03", "valid", "suspended"), (Text(json.GetProperty("history")[1], "date"), Text(json.GetProperty("history")[1], "from"), Text(json.GetProperty("history")[1], "to")));
        Assert.EndsWith($"/register/{number}", Text(json, "verifyUrl"), StringComparison.Ordinal);
        Assert.DoesNotContain(_driver.Case.Id.ToString("D"), body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@", body, StringComparison.Ordinal); // nobody's address: who changed the status is not public
        Assert.False(json.TryGetProperty("caseId", out _));
    }

    [Fact]
    public async Task RegisterSearch_ByOrganisationPartAndByNumber_FindsCertificateAtMostTwenty()
    {
        var number = await SuspendedCertificateAsync();
        using var host = Host();
        var client = host.CreateClient();

        var byName = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/register?q=%20示例呼叫%20", UriKind.Relative))).RootElement;
        var byNumber = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/register?q={number.ToLowerInvariant()}", UriKind.Relative))).RootElement;
        var none = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/register?q=%25_", UriKind.Relative))).RootElement;

        Assert.Contains(byName.EnumerateArray(), e => Text(e, "number") == number && Text(e, "status") == "suspended" && Text(e, "statusZh") == "暂停");
        Assert.InRange(byName.GetArrayLength(), 1, 20);
        Assert.Equal(number, Text(byNumber[0], "number"));
        Assert.Equal(0, none.GetArrayLength()); // LIKE wildcards in the query are literal
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("%20a%20")]
    public async Task RegisterSearch_QueryShorterThanTwo_400ProblemNamingQ(string q)
    {
        using var host = Host();
        using var response = await host.CreateClient().GetAsync(new Uri($"/api/register?q={q}", UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(json.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task Register_UnknownNumber_404ProblemAndPageWithMessageAndSearchForm()
    {
        using var host = Host();
        var client = host.CreateClient();
        using var api = await client.GetAsync(new Uri("/api/register/TEL-1999-9999", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/register/%3Cb%3ETEL-1999", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("证书不存在 / certificate not found", Text(JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement, "title"));
        using var english = await client.GetAsync(new Uri("/register/TEL-1999-9999?lang=en", UriKind.Relative));
        var englishHtml = await english.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("证书不存在", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Certificate not found", html, StringComparison.Ordinal); // one language per page
        Assert.Contains("<html lang=\"zh-CN\"", html, StringComparison.Ordinal);
        Assert.Contains("证书编号的形式例如：", html, StringComparison.Ordinal); // the form of a number, from the numbering rules
        Assert.Matches(@"CMM-TEL-\d{4}-0001", html);
        Assert.Equal(HttpStatusCode.NotFound, english.StatusCode);
        Assert.Contains("<html lang=\"en\"", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Certificate not found", englishHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("证书不存在", englishHtml, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\" action=\"/register\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;TEL-1999", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>TEL-1999", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterPage_Certificate_StatusHistoryQrAndVerificationUrlNoCaseId()
    {
        var number = await SuspendedCertificateAsync();
        using var host = Host(("App:PublicBaseUrl", "https://cert.example.cn/"));
        var client = host.CreateClient();
        using var response = await client.GetAsync(new Uri($"/register/{number}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var search = await client.GetStringAsync(new Uri("/register?q=示例呼叫", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains($"https://cert.example.cn/register/{number}", html, StringComparison.Ordinal);
        Assert.Contains("class=\"status suspended\"", html, StringComparison.Ordinal);
        Assert.Contains("北京示例呼叫中心有限公司", html, StringComparison.Ordinal);
        Assert.Contains("2025-11-03", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-CN\"", html, StringComparison.Ordinal);
        Assert.Contains(">暂停<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Suspended", html, StringComparison.Ordinal); // one language per page
        Assert.Contains("体系持续地或严重地不满足认证要求", html, StringComparison.Ordinal); // the trigger's label, not its code
        Assert.DoesNotContain("persistent-failure", html, StringComparison.Ordinal);
        Assert.Contains($"暂停期：2025-11-03 至 {StepIso(_driver.Case.Facts.Certificate!.SuspendedUntil!.Value)}", html, StringComparison.Ordinal);
        Assert.Contains("示例服务认证中心（演示）", html, StringComparison.Ordinal);
        Assert.Contains("批准号：CNCA-R-0000-000（演示）", html, StringComparison.Ordinal);
        Assert.DoesNotContain(_driver.Case.Id.ToString("D"), html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"/register/{number}", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterPage_English_OneLanguageSwitchCookieAndSuspensionPeriod()
    {
        var number = await SuspendedCertificateAsync();
        using var host = Host();
        var client = host.CreateClient();
        using var response = await client.GetAsync(new Uri($"/register/{number}?lang=en", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        using var remembered = await client.GetAsync(new Uri($"/register/{number}", UriKind.Relative)); // the cookie keeps English

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("teamscert-lang=en", string.Join(";", response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains(">Suspended<", html, StringComparison.Ordinal);
        Assert.Contains("Persistent or serious failure to meet certification requirements", html, StringComparison.Ordinal);
        Assert.Contains($"Suspended from 2025-11-03 until {StepIso(_driver.Case.Facts.Certificate!.SuspendedUntil!.Value)}", html, StringComparison.Ordinal);
        Assert.Contains("Demo Service Certification Centre", html, StringComparison.Ordinal);
        Assert.Contains("Approval no. CNCA-R-0000-000", html, StringComparison.Ordinal);
        Assert.Contains($"/register/{number}?lang=zh-CN", html, StringComparison.Ordinal); // the switch to the other language
        foreach (var chinese in new[] { "暂停", "有效", "状态", "证书编号", "多次投诉未整改" })
        {
            Assert.DoesNotContain(chinese, html, StringComparison.Ordinal);
        }

        Assert.Contains("<html lang=\"en\"", await remembered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterSearch_NumberWithOrWithoutPrefixAnyCaseAndSpaces_FindsCertificate()
    {
        var number = await SuspendedCertificateAsync();
        Assert.StartsWith("CMM-TEL-", number, StringComparison.Ordinal);
        var bare = number["CMM-".Length..];
        using var host = Host();
        var client = host.CreateClient();

        foreach (var typed in new[] { number, bare, bare.ToLowerInvariant(), number.ToLowerInvariant(), $"  {bare}  ", string.Join(" - ", bare.Split('-')), $" cmm - {bare.ToLowerInvariant()} " })
        {
            var found = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/register?q={Uri.EscapeDataString(typed)}", UriKind.Relative))).RootElement;
            using var page = await client.GetAsync(new Uri($"/register/{Uri.EscapeDataString(typed.Trim())}", UriKind.Relative));
            Assert.True(found.GetArrayLength() >= 1 && Text(found[0], "number") == number, $"search \"{typed}\"");
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"page \"{typed}\": {page.StatusCode}");
        }

        var none = await client.GetStringAsync(new Uri("/register?q=TEL-1999-0001", UriKind.Relative));
        Assert.Contains("没有找到与“TEL-1999-0001”相符的证书", none, StringComparison.Ordinal);
        Assert.Contains("证书编号的形式例如", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_Flood_429WithRetryAfterPageAndProblem()
    {
        using var host = Host(("Register:RequestsPerMinute", "3"));
        var client = host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.GetAsync(new Uri("/register", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var page = await client.GetAsync(new Uri("/register", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api/register/TEL-2025-0001", UriKind.Relative));

        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (page.StatusCode, api.StatusCode));
        Assert.Equal("60", page.Headers.GetValues("Retry-After").Single());
        Assert.Contains("请求过多", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RegisterRow_StatusChanges_InLineWithCaseFactsAfterEachSave()
    {
        var number = await SuspendedCertificateAsync();
        var suspended = await RowAsync(number);
        await _driver.StatusAsync(At(2025, 11, 20), "restore", "rectification-verified", "整改已验证");
        var restored = await RowAsync(number);

        Assert.Equal(("suspended", 2), (suspended.Status, JsonDocument.Parse(suspended.HistoryJson).RootElement.GetArrayLength()));
        Assert.Equal(("valid", 3), (restored.Status, JsonDocument.Parse(restored.HistoryJson).RootElement.GetArrayLength()));
        Assert.Equal(_driver.Case.Id, restored.CaseId);
        Assert.Equal(_driver.Runtime.Clock.GetUtcNow(), restored.UpdatedAt);
        Assert.Contains("rectification-verified: 整改已验证", restored.HistoryJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterBackfill_EmptyRegisterWithCertifiedCases_RebuiltAtStart()
    {
        var number = await SuspendedCertificateAsync();
        await using (var db = _database.NewContext())
        {
            await db.Register.ExecuteDeleteAsync();
        }

        using var host = Host();
        using var response = await host.CreateClient().GetAsync(new Uri($"/api/register/{number}", UriKind.Relative));
        var row = await RowAsync(number);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("suspended", "三星级"), (row.Status, row.Grade));
        Assert.NotEqual(row.Scheme, row.SchemeName); // named from the loaded rule set
    }

    private async Task<string> SuspendedCertificateAsync()
    {
        await _driver.TelToCertificateAsync();
        await _driver.StatusAsync(At(2025, 11, 3), "suspend", "persistent-failure", "多次投诉未整改");
        return _driver.Case.Facts.Certificate!.Number;
    }

    private async Task<RegisterRow> RowAsync(string number)
    {
        await using var db = _database.NewContext();
        return await db.Register.AsNoTracking().SingleAsync(r => r.Number == number);
    }

    private WebApplicationFactory<Program> Host(params (string Key, string Value)[] settings) => _factory.WithWebHostBuilder(b =>
    {
        b.UseSetting("Database:Provider", _database.Options.Provider);
        b.UseSetting("ConnectionStrings:TeamsCert", _database.Options.ConnectionString);
        foreach (var (key, value) in settings)
        {
            b.UseSetting(key, value);
        }
    });

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()!;

    private static string StepIso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
