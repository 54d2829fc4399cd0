using TeamsCert.Infrastructure.Bot;

namespace TeamsCert.Web.Bot;

/// <summary>
/// Routes an activity to <see cref="IBotActivityHandler"/> in its own scope. Saves the conversation reference of every
/// message, conversationUpdate and installationUpdate first. Never fails silently: an error is logged with a correlation
/// id, which the user is told (a text for messages, the invoke response body for invokes).
/// </summary>
public sealed partial class BotActivityDispatcher(IServiceScopeFactory scopes, ILogger<BotActivityDispatcher> logger)
{
    /// <summary>Background handling of everything except invokes.</summary>
    public async Task DispatchAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await SaveReferenceAsync(services, activity, cancellationToken);
        var handler = services.GetRequiredService<IBotActivityHandler>();
        try
        {
            var work = activity.Type switch
            {
                BotActivityTypes.Message => handler.OnMessageAsync(activity, cancellationToken),
                BotActivityTypes.ConversationUpdate => handler.OnConversationUpdateAsync(activity, cancellationToken),
                BotActivityTypes.InstallationUpdate => handler.OnInstallationUpdateAsync(activity, cancellationToken),
                _ => Task.CompletedTask,
            };
            await work;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var correlationId = NewCorrelationId();
            HandlingFailed(logger, e, activity.Type, activity.Id, correlationId);
            if (activity.Type == BotActivityTypes.Message)
            {
                await TellUserAsync(services, activity, correlationId, cancellationToken);
            }
        }
    }

    /// <summary>An invoke, answered in the HTTP response.</summary>
    public async Task<BotInvokeResponse> InvokeAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IBotActivityHandler>().OnInvokeAsync(activity, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var correlationId = NewCorrelationId();
            HandlingFailed(logger, e, $"invoke {activity.Name}", activity.Id, correlationId);
            return BotInvokeResponse.Error(activity.Name, correlationId);
        }
    }

    private async Task SaveReferenceAsync(IServiceProvider services, BotActivity activity, CancellationToken cancellationToken)
    {
        if (activity.Type is not (BotActivityTypes.Message or BotActivityTypes.ConversationUpdate or BotActivityTypes.InstallationUpdate))
        {
            return;
        }

        try
        {
            await services.GetRequiredService<ConversationReferenceStore>().UpsertAsync(activity, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Losing a reference only delays proactive messages until the user writes again; still handle the activity.
            ReferenceNotSaved(logger, e, activity.Type, activity.Id, NewCorrelationId());
        }
    }

    private async Task TellUserAsync(IServiceProvider services, BotActivity activity, string correlationId, CancellationToken cancellationToken)
    {
        if (activity.ServiceUrl is not { } serviceUrl || activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        var text = $"抱歉，处理出错，请联系管理员并提供编号 {correlationId} / Sorry, something went wrong; contact support with id {correlationId}";
        try
        {
            await services.GetRequiredService<IBotConnector>().SendAsync(serviceUrl, conversationId, activity.CreateReply(text), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ErrorNotDelivered(logger, e, correlationId);
        }
    }

    private static string NewCorrelationId() => Guid.NewGuid().ToString("N")[..12];

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot {ActivityType} activity {ActivityId} failed (correlation id {CorrelationId})")]
    private static partial void HandlingFailed(ILogger logger, Exception exception, string? activityType, string? activityId, string correlationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Conversation reference of {ActivityType} activity {ActivityId} not saved (correlation id {CorrelationId})")]
    private static partial void ReferenceNotSaved(ILogger logger, Exception exception, string? activityType, string? activityId, string correlationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not tell the user about error {CorrelationId}")]
    private static partial void ErrorNotDelivered(ILogger logger, Exception exception, string correlationId);
}
