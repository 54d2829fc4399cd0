using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>The real web app (<see cref="TeamsCertFactory"/>) with <c>Bot:*</c> settings, extra services and captured logs.</summary>
public sealed class BotHost : IDisposable
{
    public const string AppId = "6f1c2a59-0000-4000-8000-00000000b07a";
    private readonly TeamsCertFactory _base = new();

    public BotHost(IDictionary<string, string?> settings, string environment = "Development", Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>(settings)
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        };
        Factory = _base.WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            b.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(all));
            b.ConfigureLogging(l => l.AddProvider(Logs));
            b.ConfigureTestServices(s => services?.Invoke(s));
        });
    }

    public WebApplicationFactory<Program> Factory { get; }

    public CapturedLogs Logs { get; } = new();

    public DateTimeOffset Now => _base.Clock.GetUtcNow();

    /// <summary>The app's data folder (e.g. for a <c>staff.json</c> written before the first request).</summary>
    public string DataFolder => _base.DataFolder;

    /// <summary>The app's clock (starts Tue 2025-09-30 10:00 Shanghai).</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => _base.Clock;

    /// <summary>Tokens required (signed by <paramref name="keys"/>); connector calls get a fake token.</summary>
    public static BotHost Authenticated(TestKeyServer keys, Action<IServiceCollection>? services = null) => new(
        new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:ClientSecret"] = "not-used-with-the-fake-token-source",
            ["Bot:AllowAnonymous"] = "false",
            ["Bot:OpenIdMetadataUrl"] = keys.MetadataUrl,
            ["Bot:Issuer"] = TestKeyServer.Issuer,
        },
        services: s =>
        {
            s.AddSingleton<TeamsCert.Infrastructure.Bot.IBotTokenSource>(new FakeBotTokenSource());
            services?.Invoke(s);
        });

    /// <summary>A Teams-like personal-chat activity.</summary>
    public static object Activity(string serviceUrl, string type = "message", string? text = "你好", string? name = null, object? value = null) => new
    {
        type,
        id = $"incoming-{Guid.NewGuid():N}",
        timestamp = "2025-09-30T02:00:00Z",
        serviceUrl,
        channelId = "msteams",
        from = new { id = "29:user-1", name = "王芳", aadObjectId = "aad-1" },
        conversation = new { id = "a:personal-1", conversationType = "personal", tenantId = "tenant-1" },
        recipient = new { id = "28:" + AppId, name = "TeamsCert" },
        text,
        locale = "zh-CN",
        name,
        value,
        channelData = new { tenant = new { id = "tenant-1" } },
        unknownField = new { kept = true },
    };

    public async Task<HttpResponseMessage> PostAsync(object activity, string? token)
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = JsonContent.Create(activity) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    public void Dispose()
    {
        Factory.Dispose();
        _base.Dispose();
    }
}
