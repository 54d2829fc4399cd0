namespace TeamsCert.Web.Bot;

/// <summary>Hands queued activities to the dispatcher one after another, after their HTTP requests were answered.</summary>
public sealed class BotActivityWorker(BotActivityInbox queue, BotActivityDispatcher dispatcher) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var activity in queue.ReadAllAsync(stoppingToken))
        {
            // The dispatcher logs and reports every failure itself, so one bad activity never stops the loop.
            await dispatcher.DispatchAsync(activity, stoppingToken);
        }
    }
}
