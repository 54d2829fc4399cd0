using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCert.IntegrationTests.Support;

/// <summary>
/// A FAKE Entra ID for the Teams SSO bearer path (Entra cannot be reached from tests): the app runs in Entra mode
/// (<c>Auth:Mode=Entra</c>, section AzureAd) and only the bearer handler's signing key and issuer check are replaced by
/// a local RSA key, which also signs the tokens. Everything after the token check is the real code.
/// </summary>
public sealed class FakeEntraTokens
{
    public const string Issuer = "https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111/v2.0";
    public const string Audience = "api://teamscert-tab-test";

    public RsaSecurityKey Key { get; } = new(RSA.Create(2048)) { KeyId = "fake-test-key" };

    /// <summary>Entra mode with the fake key; other settings are the caller's.</summary>
    public void Configure(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Auth:Mode", "Entra");
        builder.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
        builder.UseSetting("AzureAd:TenantId", "11111111-1111-1111-1111-111111111111");
        builder.UseSetting("AzureAd:ClientId", "22222222-2222-2222-2222-222222222222");
        builder.UseSetting("AzureAd:Audience", Audience);
        builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            // The fake: no metadata download, the local key, a plain issuer check.
            o.Configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
            o.Configuration.SigningKeys.Add(Key);
            o.TokenValidationParameters.IssuerSigningKey = Key;
            o.TokenValidationParameters.IssuerValidator = null;
            o.TokenValidationParameters.ValidIssuer = Issuer;
            o.TokenValidationParameters.ValidAudiences = [Audience];
        }));
    }

    /// <summary>A Teams SSO token for someone holding <paramref name="role"/>, signed by the fake key (or another).</summary>
    public string Token(string role, string name = "", SecurityKey? key = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Expires = DateTime.UtcNow.AddMinutes(10),
        Subject = new ClaimsIdentity([new Claim("oid", "33333333-3333-3333-3333-333333333333"), new Claim("preferred_username", $"{role}@contoso.test"),
            new Claim("name", name.Length > 0 ? name : role), new Claim("scp", "access_as_user"), new Claim("roles", role)]),
        SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.RsaSha256),
    });
}
