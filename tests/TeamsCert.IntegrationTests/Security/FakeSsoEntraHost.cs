using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>
/// The app in Entra mode with the FAKE Entra token check of <see cref="FakeEntraTokens"/>; the session cookie,
/// antiforgery and the tab are the real code. Clients talk https, as Teams does.
/// </summary>
public sealed class FakeSsoEntraHost : IDisposable
{
    private readonly FakeEntraTokens _entra = new();
    private readonly TeamsCertFactory _factory = new();
    private readonly WebApplicationFactory<Program> _host;

    public FakeSsoEntraHost(string environment = "Development", IReadOnlyDictionary<string, string>? settings = null)
    {
        _host = _factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            _entra.Configure(builder);
            builder.UseSetting("App:PublicBaseUrl", "https://teamscert.example.cn");
            builder.UseSetting("Body:Name", ProductionSettings.BodyName);
            builder.UseSetting("Body:Email", "certification@example.cn");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }
        });
    }

    public HttpClient Client() => _host.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://teamscert.example.cn/") });

    public string Token(string role) => _entra.Token(role);

    public void Dispose()
    {
        _host.Dispose();
        _factory.Dispose();
    }
}
