using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsCert.Infrastructure.Demo;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.IntegrationTests.Support;

/// <summary>
/// Hosts the real web app (Development environment, SQLite in a fresh temporary data folder) with a fake clock that
/// starts on Tue 2025-09-30 10:00 Asia/Shanghai.
/// </summary>
public sealed class TeamsCertFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsFolder;

    /// <summary>A fresh temporary data folder, removed on dispose.</summary>
    public TeamsCertFactory()
    {
        DataFolder = Directory.CreateTempSubdirectory("teamscert-web-").FullName;
        _ownsFolder = true;
    }

    private TeamsCertFactory(string dataFolder) => DataFolder = dataFolder;

    public string DataFolder { get; }

    /// <summary>An app on an existing data folder, left in place (e.g. to start it again on the same database).</summary>
    public static TeamsCertFactory On(string dataFolder) => new(dataFolder);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8)));

    public HttpClient ClientFor(string? devUser)
    {
        var client = CreateClient();
        if (devUser is not null)
        {
            client.DefaultRequestHeaders.Add("X-Dev-User", devUser);
        }

        return client;
    }

    /// <summary>Moves the clock to <paramref name="today"/> and fills the database with the demo cases through the runtime.</summary>
    public async Task SeedDemoAsync(DateTimeOffset today)
    {
        Clock.SetUtcNow(today);
        var scopes = Services.GetRequiredService<IServiceScopeFactory>();
        TeamsCertDbContext NewContext() => scopes.CreateScope().ServiceProvider.GetRequiredService<TeamsCertDbContext>();
        await new DemoSeeder(NewContext, Services.GetRequiredService<RulesRuntime>(), Clock).SeedAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("App:DataFolder", DataFolder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (disposing && _ownsFolder && Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
