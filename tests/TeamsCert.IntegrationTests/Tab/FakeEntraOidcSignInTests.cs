using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Tab;

/// <summary>
/// The browser sign-in outside Teams with a FAKE Entra ID: the OpenID Connect handler is configured as in production
/// (Auth:Mode=Entra, section AzureAd) but its discovery document is given locally, since Entra cannot be reached here.
/// What is checked is our part: a browser without a session is sent to Entra's authorize endpoint for this app, and
/// comes back to the page it asked for.
/// </summary>
public sealed class FakeEntraOidcSignInTests : IDisposable
{
    private const string Authorize = "https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111/oauth2/v2.0/authorize";
    private const string ClientId = "22222222-2222-2222-2222-222222222222";
    private readonly TeamsCertFactory _factory = new();

    [Fact]
    public async Task FakeEntraOidc_BrowserWithoutSession_TabGoesToSignInThenToEntraAuthorize()
    {
        using var client = Client();
        using var tab = new HttpRequestMessage(HttpMethod.Get, new Uri("/tab/deadlines", UriKind.Relative));
        tab.Headers.Accept.ParseAdd("text/html");

        using var page = await client.SendAsync(tab);
        using var entra = await client.GetAsync(new Uri("/tab/signin/entra?returnUrl=%2Ftab%2Fdeadlines", UriKind.Relative));
        var location = entra.Headers.Location?.AbsoluteUri ?? "";

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/tab/signin", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, entra.StatusCode);
        Assert.StartsWith(Authorize, location, StringComparison.Ordinal);
        Assert.Contains($"client_id={ClientId}", location, StringComparison.Ordinal);
        Assert.Contains("signin-oidc", Uri.UnescapeDataString(location), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FakeEntraOidc_ForeignReturnUrl_ComesBackToTheTabOnly()
    {
        using var client = Client();

        using var entra = await client.GetAsync(new Uri("/tab/signin/entra?returnUrl=https%3A%2F%2Fevil.example%2F", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, entra.StatusCode);
        Assert.DoesNotContain("evil.example", Uri.UnescapeDataString(entra.Headers.Location?.AbsoluteUri ?? ""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FakeEntraOidc_ForgedHost_RedirectUriIsThePublicAddress()
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/tab/signin/entra?returnUrl=%2Ftab", UriKind.Relative));
        request.Headers.Host = "evil.example";

        using var entra = await client.SendAsync(request);
        var query = Uri.UnescapeDataString(entra.Headers.Location?.Query ?? "");

        Assert.Equal(HttpStatusCode.Redirect, entra.StatusCode);
        Assert.Contains("redirect_uri=https://teamscert.example.cn/signin-oidc", query, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", query, StringComparison.Ordinal);
    }

    private HttpClient Client() => _factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Auth:Mode", "Entra");
        builder.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
        builder.UseSetting("AzureAd:TenantId", "11111111-1111-1111-1111-111111111111");
        builder.UseSetting("AzureAd:ClientId", ClientId);
        builder.UseSetting("AzureAd:ClientSecret", "fake-secret-for-tests");
        builder.UseSetting("AzureAd:CallbackPath", "/signin-oidc");
        builder.UseSetting("App:PublicBaseUrl", "https://teamscert.example.cn/");
        builder.ConfigureTestServices(services => services.PostConfigure<OpenIdConnectOptions>(TeamsCert.Web.Tab.Access.TabSignIn.OpenIdScheme, o =>
        {
            // The fake: Entra's discovery document, given locally instead of downloaded.
            o.Configuration = new OpenIdConnectConfiguration
            {
                Issuer = "https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111/v2.0",
                AuthorizationEndpoint = Authorize,
                TokenEndpoint = "https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111/oauth2/v2.0/token",
            };
            o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(o.Configuration);
        }));
    }).CreateClient(new() { AllowAutoRedirect = false });

    public void Dispose() => _factory.Dispose();
}
