using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.Infrastructure.Persistence;

/// <summary>Brings the database to the current schema before the app serves requests, then fills a new public register once.</summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TeamsCertDbContext>();
        await TeamsCertDatabase.MigrateAsync(db, cancellationToken);
        await RegisterBackfill.RunAsync(db, scope.ServiceProvider.GetService<RulesRuntime>()?.Schemes,
            scope.ServiceProvider.GetRequiredService<TimeProvider>(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
