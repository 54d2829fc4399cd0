namespace TeamsCert.Web.Bot;

/// <summary>The answer to an invoke: the HTTP status and the JSON body written as the response.</summary>
public sealed record BotInvokeResponse(int Status, object? Body)
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>Action.Execute answered with a new card that replaces the old one.</summary>
    public static BotInvokeResponse Card(object card) =>
        new(200, new { statusCode = 200, type = "application/vnd.microsoft.card.adaptive", value = card });

    /// <summary>Action.Execute answered with a short message that Teams shows under the card.</summary>
    public static BotInvokeResponse Message(string text) =>
        new(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = text });

    /// <summary>Handling failed: the body carries the correlation id under which the log has the detail.</summary>
    public static BotInvokeResponse Error(string? invokeName, string correlationId)
    {
        var body = new
        {
            statusCode = 500,
            type = "application/vnd.microsoft.error",
            value = new
            {
                code = "InternalError",
                message = $"处理出错，请联系管理员并提供编号 {correlationId} / Something went wrong; contact support with id {correlationId}",
                correlationId,
            },
        };

        // Teams reads an Action.Execute answer from the body of a 200; other invokes read the HTTP status.
        return new(invokeName == AdaptiveCardAction ? 200 : 500, body);
    }
}
