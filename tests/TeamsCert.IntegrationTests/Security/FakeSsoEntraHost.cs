using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>
/// The app in Entra mode (<c>Auth:Mode=Entra</c>, section AzureAd) with one FAKE: the bearer handler's signing key and
/// issuer are a local RSA key, since Entra ID cannot be reached here. Everything after the token check (the session
/// cookie, antiforgery, the tab) is the real code. Clients talk https, as Teams does.
/// </summary>
public sealed class FakeSsoEntraHost : IDisposable
{
    public const string Issuer = "https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111/v2.0";
    public const string Audience = "api://teamscert-tab-test";
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "fake-test-key" };
    private readonly TeamsCertFactory _factory = new();
    private readonly WebApplicationFactory<Program> _host;

    public FakeSsoEntraHost(string environment = "Development", IReadOnlyDictionary<string, string>? settings = null)
    {
        _host = _factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Auth:Mode", "Entra");
            builder.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
            builder.UseSetting("AzureAd:TenantId", "11111111-1111-1111-1111-111111111111");
            builder.UseSetting("AzureAd:ClientId", "22222222-2222-2222-2222-222222222222");
            builder.UseSetting("AzureAd:Audience", Audience);
            builder.UseSetting("App:PublicBaseUrl", "https://teamscert.example.cn");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                o.Configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
                o.Configuration.SigningKeys.Add(_key);
                o.TokenValidationParameters.IssuerSigningKey = _key;
                o.TokenValidationParameters.IssuerValidator = null;
                o.TokenValidationParameters.ValidIssuer = Issuer;
                o.TokenValidationParameters.ValidAudiences = [Audience];
            }));
        });
    }

    public HttpClient Client() => _host.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://teamscert.example.cn/") });

    public string Token(string role) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Expires = DateTime.UtcNow.AddMinutes(10),
        Subject = new ClaimsIdentity([new Claim("oid", "33333333-3333-3333-3333-333333333333"), new Claim("preferred_username", $"{role}@contoso.test"),
            new Claim("name", role), new Claim("scp", "access_as_user"), new Claim("roles", role)]),
        SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
    });

    public void Dispose()
    {
        _host.Dispose();
        _factory.Dispose();
    }
}
