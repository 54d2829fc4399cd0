using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Tab;

/// <summary>
/// The Teams SSO bearer path with a FAKE: tokens signed here by a local RSA key stand in for Entra ID tokens (Entra
/// cannot be reached from tests). Microsoft.Identity.Web is configured (Auth:Mode=Entra, section AzureAd) and only its
/// signing keys and issuer check are replaced by the local ones.
/// </summary>
public sealed class FakeSsoTokenTests : IDisposable
{
    private readonly FakeEntraTokens _entra = new();
    private readonly TeamsCertFactory _factory = new();

    [Fact]
    public async Task FakeSsoToken_ManagerRole_OpensTheRegisterExport()
    {
        using var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token("manager"));
        using var response = await client.GetAsync(new Uri("/tab/register.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task FakeSsoToken_AuditorRole_IsRefused()
    {
        using var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token("auditor"));
        using var response = await client.GetAsync(new Uri("/tab/register.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task FakeSsoToken_SignedByAnotherKey_Is401()
    {
        using var client = Client();
        var other = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "fake-test-key" };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token("manager", other));
        using var response = await client.GetAsync(new Uri("/tab/register.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task FakeSsoToken_SessionCookie_OpensTheApiTheTabLinksTo()
    {
        using var client = Client();
        using var session = new HttpRequestMessage(HttpMethod.Post, new Uri("/tab/session", UriKind.Relative));
        session.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token("manager"));
        using var signedIn = await client.SendAsync(session);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").First().Split(';')[0];

        using var withCookie = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/cases", UriKind.Relative));
        withCookie.Headers.Add("Cookie", cookie);
        using var api = await client.SendAsync(withCookie);
        using var fresh = Client();
        using var anonymous = await fresh.GetAsync(new Uri("/api/cases", UriKind.Relative));

        Assert.True(signedIn.IsSuccessStatusCode, $"session: {signedIn.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private HttpClient Client() => _factory.WithWebHostBuilder(_entra.Configure).CreateClient(new() { AllowAutoRedirect = false });

    private string Token(string role, SecurityKey? key = null) => _entra.Token(role, key: key);

    public void Dispose() => _factory.Dispose();
}
