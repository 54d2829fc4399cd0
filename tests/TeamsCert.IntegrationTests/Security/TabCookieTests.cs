using System.Net;
using System.Net.Http.Headers;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>
/// Issue 12, item 3: inside Teams the tab is a cross-site iframe, so in Entra mode its session, antiforgery, language and
/// theme cookies are SameSite=None; Secure; Partitioned. The development identity keeps its same-site cookies over http.
/// </summary>
public sealed class TabCookieTests : IDisposable
{
    private readonly FakeSsoEntraHost _entra = new();

    [Fact]
    public async Task TabSession_FakeSsoTokenEntraMode_SessionCookieIsSameSiteNoneSecurePartitioned()
    {
        using var client = _entra.Client();
        using var session = new HttpRequestMessage(HttpMethod.Post, new Uri("/tab/session", UriKind.Relative));
        session.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _entra.Token("manager"));

        using var response = await client.SendAsync(session);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var cookie = Assert.Single(SetCookies(response), c => c.StartsWith(".AspNetCore.TabCookies=", StringComparison.Ordinal) || c.Contains("TabCookies", StringComparison.Ordinal));
        AssertCrossSite(cookie);
    }

    [Fact]
    public async Task TabPages_FakeSsoTokenEntraMode_AntiforgeryLanguageAndThemeCookiesAreSameSiteNoneSecurePartitioned()
    {
        using var client = _entra.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _entra.Token("manager"));

        var caseId = await Documents.DocumentApiTests.OpenCaseAsync(client);

        // The case's links page carries the create-link form, so an antiforgery token and its cookie.
        using var links = await client.GetAsync(new Uri($"/tab/cases/{caseId}/links?lang=en&theme=dark", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, links.StatusCode);
        var cookies = SetCookies(links);
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("teamscert-tab-lang=en", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("teamscert-tab-theme=dark", StringComparison.Ordinal));
        Assert.All(cookies, AssertCrossSite);
        Assert.False(links.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task TabPages_DevelopmentIdentityOverHttp_CookiesStaySameSiteAndWork()
    {
        using var factory = new TeamsCertFactory();
        using var client = factory.ClientFor("manager@demo.local");

        using var deadlines = await client.GetAsync(new Uri("/tab/deadlines?lang=en", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, deadlines.StatusCode);
        var cookies = SetCookies(deadlines);
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.DoesNotContain("samesite=none", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.DoesNotContain("partitioned", c, StringComparison.OrdinalIgnoreCase));
    }

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];

    private static void AssertCrossSite(string cookie)
    {
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.True(attributes.Contains("samesite=none") && attributes.Contains("secure") && attributes.Contains("partitioned") && attributes.Contains("httponly"), cookie);
    }

    public void Dispose() => _entra.Dispose();
}
