using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>
/// A real local key server (Kestrel on 127.0.0.1, a free port) standing in for login.botframework.com: OpenID metadata
/// and a JWKS with one test RSA key, plus helpers that sign tokens with that key or with others.
/// </summary>
public sealed class TestKeyServer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.test";
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly List<RSA> _added = [];
    private readonly WebApplication _app;

    private TestKeyServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        SigningKey = new RsaSecurityKey(_rsa) { KeyId = "test-key-1" };
    }

    public string BaseUrl { get; }

    public string MetadataUrl => $"{BaseUrl}/v1/.well-known/openidconfiguration";

    public RsaSecurityKey SigningKey { get; }

    public int MetadataRequests { get; private set; }

    public static async Task<TestKeyServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        TestKeyServer? server = null;
        app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            server!.MetadataRequests++;
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = $"{server.BaseUrl}/v1/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        });
        app.MapGet("/v1/keys", () => Results.Json(new { keys = server!.Jwks() }));
        await app.StartAsync();
        server = new TestKeyServer(app, app.Urls.First().TrimEnd('/'));
        return server;
    }

    /// <summary>A token as the Bot Framework would send it, signed by the served key, valid around <paramref name="now"/>.</summary>
    public string Token(DateTimeOffset now, string audience, string serviceUrl, Action<SecurityTokenDescriptor>? change = null)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime.AddMinutes(-1),
            Expires = now.UtcDateTime.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with the right claims.</summary>
    public static string UnsignedToken(DateTimeOffset now, string audience, string serviceUrl)
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = audience,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(30).ToUnixTimeSeconds(),
        }));
        return $"{header}.{payload}.";
    }

    /// <summary>Starts serving one more key (a key rollover), with a new key id; tokens signed by it are valid from now on.</summary>
    public RsaSecurityKey AddKey()
    {
        var rsa = RSA.Create(2048);
        lock (_added)
        {
            _added.Add(rsa);
            return new RsaSecurityKey(rsa) { KeyId = $"test-key-{_added.Count + 1}" };
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _rsa.Dispose();
        _added.ForEach(k => k.Dispose());
    }

    private List<Dictionary<string, object>> Jwks()
    {
        lock (_added)
        {
            return [Jwk(_rsa, SigningKey.KeyId), .. _added.Select((k, i) => Jwk(k, $"test-key-{i + 2}"))];
        }
    }

    private static Dictionary<string, object> Jwk(RSA rsa, string keyId)
    {
        var p = rsa.ExportParameters(false);
        return new()
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["endorsements"] = new[] { "msteams" },
        };
    }
}
