using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsCert.Infrastructure.Outbox;

/// <summary>
/// Runs an <see cref="OutboxDelivery"/> pass at start and then every <see cref="OutboxOptions.PollInterval"/>, each in
/// its own scope (fresh DbContext). Several nodes may run it against PostgreSQL; claims keep their batches apart.
/// </summary>
public sealed partial class OutboxDispatcher(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxDispatcher> logger)
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
                var sent = await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverPendingAsync(stoppingToken);
                if (sent > 0)
                {
                    Sent(logger, sent);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A database outage must not end the dispatcher: claimed messages come back when their lease lapses.
                PassFailed(logger, ex);
            }
        }
        while (await ticks.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox notifications sent: {Count}")]
    private static partial void Sent(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox pass failed; retrying at the next interval")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
