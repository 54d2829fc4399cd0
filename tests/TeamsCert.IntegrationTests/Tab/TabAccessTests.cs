using System.Net;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Tab;

/// <summary>Who may open the managers' tab (development identity, real host, SQLite).</summary>
public sealed class TabAccessTests : IDisposable
{
    private readonly TeamsCertFactory _factory = new();

    [Fact]
    public async Task Tab_BrowserWithoutIdentity_RedirectsToSignIn()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tab/deadlines");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tab/signin?returnUrl=%2Ftab%2Fdeadlines", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Tab_FetchWithoutIdentity_Answers401()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri("/tab", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Tab_Auditor_IsRefusedWithAClearPage()
    {
        using var client = _factory.ClientFor("auditor@demo.local");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        using var response = await client.GetAsync(new Uri("/tab/register", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Auditors can open only the cases they audit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tab_Manager_SeesThePipeline()
    {
        using var client = _factory.ClientFor("manager@demo.local");
        using var response = await client.GetAsync(new Uri("/tab?lang=en", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"pipeline-counts\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_SetsTheDevelopmentCookie()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync(new Uri("/tab/signin?returnUrl=/tab/workload", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"(__RequestVerificationToken)\" value=\"([^\"]+)\"");
        Assert.True(token.Success, "the sign-in form carries an antiforgery token");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Groups[1].Value] = WebUtility.HtmlDecode(token.Groups[2].Value),
            ["user"] = "manager@demo.local",
            ["returnUrl"] = "/tab/workload",
        });
        using var response = await client.PostAsync(new Uri("/tab/signin", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tab/workload", response.Headers.Location?.OriginalString);
        using var workload = await client.GetAsync(new Uri("/tab/workload", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, workload.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
