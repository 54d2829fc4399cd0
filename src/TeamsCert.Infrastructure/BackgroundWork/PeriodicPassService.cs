using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TeamsCert.Infrastructure.BackgroundWork;

/// <summary>
/// Runs a pass at start and then every interval, each in its own scope (fresh DbContext). A failed pass is logged and the
/// next one catches up: a database outage must not end the service.
/// </summary>
public abstract partial class PeriodicPassService(IServiceScopeFactory scopes, Func<TimeSpan> interval, TimeProvider time, ILogger logger, string work)
    : BackgroundService
{
    /// <returns>How many items the pass handled (fired, sent…).</returns>
    protected abstract Task<int> RunPassAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The interval is read here, not in the constructor, so start-up validation reports every bad setting first.
        using var ticks = new PeriodicTimer(interval(), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var handled = await RunPassAsync(scope.ServiceProvider, stoppingToken);
                if (handled > 0)
                {
                    Handled(logger, work, handled);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                PassFailed(logger, work, ex);
            }
        }
        while (await ticks.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Work}: {Count} handled")]
    private static partial void Handled(ILogger logger, string work, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Work} pass failed; retrying at the next interval")]
    private static partial void PassFailed(ILogger logger, string work, Exception exception);
}
