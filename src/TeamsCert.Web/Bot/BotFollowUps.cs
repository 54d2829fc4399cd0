namespace TeamsCert.Web.Bot;

/// <summary>
/// Work that runs after an invoke has been answered (updating the original card, sending the next step's card), in
/// its own scope. Best effort: a failure is logged, never shown to the clicker, whose answer is already on screen.
/// </summary>
public sealed partial class BotFollowUps(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<BotFollowUps> logger)
{
    public void Run(string what, Func<IServiceProvider, CancellationToken, Task> work)
    {
        var stopping = lifetime.ApplicationStopping;
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await work(scope.ServiceProvider, stopping);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
            {
                Failed(logger, e, what);
            }
        }, CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot follow-up \"{What}\" failed")]
    private static partial void Failed(ILogger logger, Exception exception, string what);
}
