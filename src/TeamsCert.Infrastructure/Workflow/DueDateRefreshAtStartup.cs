using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.Infrastructure.Workflow;

/// <summary>At start-up, re-derives provisional due dates from the calendar just loaded (A-41: an imported official year).</summary>
public sealed partial class DueDateRefreshAtStartup(IServiceScopeFactory scopes, RulesRuntime rules, TimeProvider time, ILogger<DueDateRefreshAtStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<TeamsCertDbContext>>();
        var refresh = new DueDateRefresh(() => new TeamsCertDbContext(options), rules, time);
        var (cases, changed) = await refresh.RunAsync(onlyProvisional: true, cancellationToken);
        Refreshed(logger, cases, changed);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Provisional due dates checked: {Cases} cases, {Changed} dates moved")]
    private static partial void Refreshed(ILogger logger, int cases, int changed);
}
