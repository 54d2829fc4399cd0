using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using TeamsCert.BrowserTests.Playground;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.BrowserTests.Tab;

/// <summary>
/// The app in-process on real Kestrel over https (a self-signed certificate made here) in Entra mode, as Teams reaches
/// it, with the FAKE Entra token check of <see cref="FakeEntraTokens"/> (Entra ID is unreachable here), so a Teams SSO
/// token can be signed by the test. The session cookie, antiforgery and the tab are the real code.
/// </summary>
internal sealed class FramedTabHost : WebApplicationFactory<Program>
{
    private readonly FakeEntraTokens _entra = new();
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("teamscert-framed-").FullName;
    private readonly string _cloud;

    public FramedTabHost(string cloud)
    {
        _cloud = cloud;
        var port = FreePort.Next();
        Root = new Uri($"https://127.0.0.1:{port}");
        var certificate = SelfSigned();
        UseKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.UseHttps(certificate)));
        StartServer();
    }

    /// <summary>The app's https address (a cross-site origin to any Teams page).</summary>
    public Uri Root { get; }

    /// <summary>The names of the cookies each request to a tab page arrived with, as the server saw them.</summary>
    public ConcurrentQueue<(string Path, string[] Cookies)> TabRequests { get; } = new();

    public string Token(string role) => _entra.Token(role, "王经理");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("App:DataFolder", _dataFolder);
        _entra.Configure(builder);
        builder.UseSetting("Tab:Cloud", _cloud);
        builder.UseSetting("Bot:AllowAnonymous", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new RecordTabCookies(TabRequests)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=teamscert-framed-tab-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    private sealed class RecordTabCookies(ConcurrentQueue<(string Path, string[] Cookies)> requests) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (http.Request.Path.StartsWithSegments("/tab"))
                {
                    requests.Enqueue((http.Request.Path.Value ?? "", [.. http.Request.Cookies.Keys]));
                }

                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
