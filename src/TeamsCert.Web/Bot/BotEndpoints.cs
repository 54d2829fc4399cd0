using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamsCert.Infrastructure.Bot;

namespace TeamsCert.Web.Bot;

/// <summary>
/// <c>POST /api/messages</c>, where the Bot Framework channel delivers activities, and <c>HEAD /api/messages</c>
/// (200; the Agents Playground checks the bot is there). The endpoint checks its own token (not the app's sign-in).
/// </summary>
public static partial class BotEndpoints
{
    public const string Route = "/api/messages";

    public static IEndpointRouteBuilder MapBot(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Route, [HttpMethods.Head], () => Results.Ok()).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(Route, ReceiveAsync).AllowAnonymous().ExcludeFromDescription()
            .WithMetadata(ActivatorUtilities.CreateInstance<BotBodyLimit>(app.ServiceProvider));
        return app;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, IOptions<BotOptions> options, BotTokenValidator tokens,
        BotActivityInbox queue, BotActivityDispatcher dispatcher, ILoggerFactory loggers)
    {
        var bot = options.Value;
        var logger = loggers.CreateLogger(typeof(BotEndpoints).FullName!);
        if (!bot.IsConfigured)
        {
            return Results.Problem(statusCode: 503, title: "机器人未配置 / Bot not configured",
                detail: "管理员需设置 Bot:AppId / An administrator must set Bot:AppId.");
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length == 0 && !bot.AllowAnonymous)
        {
            return Refuse(logger, "no Authorization header");
        }

        // The token is checked from the headers alone, before a byte of the body is read: an anonymous flood of large bodies
        // costs a header check, and the body is then read only up to Bot:MaxBodyBytes (413 beyond, BotBodyLimit).
        BotTokenResult? token = null;
        if (authorization.Length > 0 && !string.IsNullOrWhiteSpace(bot.AppId))
        {
            token = await tokens.ValidateAsync(authorization, context.RequestAborted);
            if (!token.IsValid)
            {
                return Refuse(logger, token.FailureReason!);
            }
        }

        var activity = await ReadAsync(context);
        if (token is not null && !token.Allows(activity?.ServiceUrl))
        {
            return Refuse(logger, "the serviceurl claim does not match the activity's serviceUrl");
        }

        if (activity?.Type is not { Length: > 0 })
        {
            return Results.Problem(statusCode: 400, title: "无效的活动 / Invalid activity", detail: "请求体不是 Bot Framework 活动 / The body is not a Bot Framework activity.");
        }

        if (activity.Type == BotActivityTypes.Invoke)
        {
            var response = await dispatcher.InvokeAsync(activity, context.RequestAborted);
            return response.Body is null ? Results.StatusCode(response.Status) : Results.Json(response.Body, BotJson.Options, statusCode: response.Status);
        }

        if (!queue.TryEnqueue(activity))
        {
            QueueFull(logger, activity.Type, activity.Id);
            return Results.Problem(statusCode: 503, title: "繁忙 / Busy", detail: "稍后重试 / Try again later.");
        }

        return Results.Ok();
    }

    private static async Task<BotActivity?> ReadAsync(HttpContext context)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<BotActivity>(context.Request.Body, BotJson.Options, context.RequestAborted);
        }
        catch (JsonException e)
        {
            // Answered by the exception handler through RefusalMap: 400 naming where the JSON went wrong.
            throw new BadHttpRequestException("the activity is not valid JSON", StatusCodes.Status400BadRequest, e);
        }
    }

    private static IResult Refuse(ILogger logger, string reason)
    {
        Refused(logger, reason);
        return Results.Problem(statusCode: 401, title: "未授权 / Unauthorized");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot activity refused with 401: {Reason}")]
    private static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot queue full: {ActivityType} activity {ActivityId} answered 503")]
    private static partial void QueueFull(ILogger logger, string activityType, string? activityId);
}
