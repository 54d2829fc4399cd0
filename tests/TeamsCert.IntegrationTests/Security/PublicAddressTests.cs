using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.IntegrationTests.Workflow;
using static TeamsCert.IntegrationTests.Workflow.CycleDriver;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>
/// <c>App:PublicBaseUrl</c> is required (https) outside Development, and no URL the app writes comes from the request's
/// Host header: a forged Host never reaches the register's page, its QR code (whose payload is printed beside it) or
/// its API, nor a portal link.
/// </summary>
public sealed class PublicAddressTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IDisposable
{
    private const string ForgedHost = "evil.example";
    private readonly TeamsCertFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void Start_ProductionWithoutPublicBaseUrl_FailsNamingTheKey()
    {
        using var host = Production(ProductionSettings.Entra(withPublicBaseUrl: false));

        var error = host.FailedStart<OptionsValidationException>();

        Assert.Contains("App:PublicBaseUrl is required outside Development", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://teamscert.example.cn/")]
    [InlineData("teamscert.example.cn")]
    [InlineData("https://teamscert.example.cn/?x=1")]
    public void Start_ProductionPublicBaseUrlNotAbsoluteHttps_FailsNamingTheKey(string value)
    {
        var settings = ProductionSettings.Entra();
        settings["App:PublicBaseUrl"] = value;
        using var host = Production(settings);

        var error = host.FailedStart<OptionsValidationException>();

        Assert.Contains("App:PublicBaseUrl must be an absolute https address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_OldCardsPublicBaseUrlSet_FailsPointingToAppPublicBaseUrl()
    {
        using var host = _factory.WithWebHostBuilder(b => b.UseSetting("Cards:PublicBaseUrl", "https://cards.example.cn/"));

        var error = host.FailedStart<OptionsValidationException>();

        Assert.Contains("Cards:PublicBaseUrl is no longer read: set App:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_ProductionForgedHost_PageQrAndApiUseOnlyThePublicBaseUrl()
    {
        var driver = new CycleDriver(new RuntimeHarness(database, new FakeTimeProvider(At(2025, 8, 1))));
        await driver.TelToCertificateAsync();
        var number = driver.Case.Facts.Certificate!.Number;
        _factory.Clock.SetUtcNow(At(2025, 11, 4));
        var settings = ProductionSettings.Entra();
        settings["Database:Provider"] = database.Options.Provider;
        settings["ConnectionStrings:TeamsCert"] = database.Options.ConnectionString!;
        using var host = Production(settings);
        using var client = host.CreateClient();

        using var page = await client.SendAsync(Forged($"/register/{number}"));
        using var api = await client.SendAsync(Forged($"/api/register/{number}"));
        var html = await page.Content.ReadAsStringAsync();
        var json = await api.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (page.StatusCode, api.StatusCode));
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains($"{ProductionSettings.PublicBaseUrl}register/{number}", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ForgedHost, html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"{ProductionSettings.PublicBaseUrl}register/{number}", json.GetProperty("verifyUrl").GetString());
    }

    [Fact]
    public async Task PortalLink_DevelopmentForgedHost_UrlOnTheDevelopmentDefault()
    {
        using var client = _factory.ClientFor("reviewer@demo.local");
        using var request = Forged("/api/cases/invitations");
        request.Content = JsonContent.Create(new { scheme = "TEL", organization = "北京示例呼叫中心有限公司", contactEmail = "lisi@example.com" });

        using var response = await client.SendAsync(request);
        var url = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetProperty("url").GetString();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("http://localhost:5080/portal/", url, StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> Production(Dictionary<string, string> settings) => _factory.WithWebHostBuilder(b =>
    {
        b.UseEnvironment("Production");
        foreach (var (key, value) in settings)
        {
            b.UseSetting(key, value);
        }
    });

    private static HttpRequestMessage Forged(string path)
    {
        var request = new HttpRequestMessage(path.EndsWith("invitations", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Host = ForgedHost;
        request.Headers.Add("X-Forwarded-Host", ForgedHost);
        request.Headers.Add("X-Forwarded-Proto", "http");
        return request;
    }
}
