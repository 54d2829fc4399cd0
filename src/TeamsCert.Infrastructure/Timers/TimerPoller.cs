using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsCert.Infrastructure.Timers;

/// <summary>
/// Runs a <see cref="TimerFiring"/> pass at start and then every <see cref="TimerOptions.PollInterval"/>, each in its own
/// scope (fresh DbContext). Any number of nodes may run it against PostgreSQL; claims keep them from firing a timer twice.
/// </summary>
public sealed partial class TimerPoller(IServiceScopeFactory scopes, IOptions<TimerOptions> options, TimeProvider time, ILogger<TimerPoller> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var fired = await scope.ServiceProvider.GetRequiredService<TimerFiring>().FireDueAsync(stoppingToken);
                if (fired > 0)
                {
                    Fired(logger, fired);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A database outage must not end the poller: the next pass catches up on whatever came due meanwhile.
                PassFailed(logger, ex);
            }
        }
        while (await ticks.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline timers fired: {Count}")]
    private static partial void Fired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deadline timer pass failed; retrying at the next interval")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
