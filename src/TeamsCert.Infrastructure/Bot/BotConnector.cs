using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace TeamsCert.Infrastructure.Bot;

/// <summary>
/// <see cref="IBotConnector"/> over HttpClient. 429 and 5xx (and network errors) are retried (a Polly pipeline) up to
/// <see cref="MaxAttempts"/> times in all, waiting Retry-After when given, else an exponential delay with jitter.
/// </summary>
public sealed partial class BotConnector(HttpClient http, IBotTokenSource tokens, IOptions<BotOptions> options, ILogger<BotConnector> logger)
    : IBotConnector
{
    public const int MaxAttempts = 4;
    private static readonly TimeSpan _maxWait = TimeSpan.FromMinutes(1);

    public Task<BotResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, BotActivity activity, CancellationToken cancellationToken = default) =>
        ResourceAsync(HttpMethod.Post, Url(serviceUrl, conversationId, replyToId), activity, "reply", cancellationToken);

    public Task<BotResourceResponse> SendAsync(string serviceUrl, string conversationId, BotActivity activity, CancellationToken cancellationToken = default) =>
        ResourceAsync(HttpMethod.Post, Url(serviceUrl, conversationId, ""), activity, "send", cancellationToken);

    public Task<BotResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, BotActivity activity, CancellationToken cancellationToken = default) =>
        ResourceAsync(HttpMethod.Put, Url(serviceUrl, conversationId, activityId), activity, "update", cancellationToken);

    public async Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        using var response = await CallAsync(HttpMethod.Delete, Url(serviceUrl, conversationId, activityId), null, "delete", cancellationToken);
    }

    public async Task<BotConversationResource> CreateConversationAsync(string serviceUrl, string tenantId, string botId, string userId, CancellationToken cancellationToken = default)
    {
        var body = new
        {
            isGroup = false,
            bot = new { id = botId },
            members = new[] { new { id = userId } },
            tenantId,
            channelData = new { tenant = new { id = tenantId } },
        };
        using var response = await CallAsync(HttpMethod.Post, new Uri($"{Base(serviceUrl)}/v3/conversations"), body, "create conversation", cancellationToken);
        return await ReadAsync<BotConversationResource>(response, cancellationToken) ?? new BotConversationResource(null, null, null);
    }

    public async Task<IReadOnlyList<BotChannelAccount>> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken = default)
    {
        var url = new Uri($"{Base(serviceUrl)}/v3/conversations/{Uri.EscapeDataString(conversationId)}/members");
        using var response = await CallAsync(HttpMethod.Get, url, null, "get members", cancellationToken);
        return await ReadAsync<List<BotChannelAccount>>(response, cancellationToken) ?? [];
    }

    private async Task<BotResourceResponse> ResourceAsync(HttpMethod method, Uri url, BotActivity activity, string operation, CancellationToken cancellationToken)
    {
        using var response = await CallAsync(method, url, activity, operation, cancellationToken);
        return await ReadAsync<BotResourceResponse>(response, cancellationToken) ?? new BotResourceResponse(null);
    }

    private async Task<HttpResponseMessage> CallAsync(HttpMethod method, Uri url, object? body, string operation, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        var attempts = 0;
        HttpResponseMessage response;
        try
        {
            response = await Retry(operation).ExecuteAsync(async ct =>
            {
                attempts++;
                using var request = new HttpRequestMessage(method, url);
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                if (body is not null)
                {
                    request.Content = JsonContent.Create(body, body.GetType(), options: BotJson.Options);
                }

                return await http.SendAsync(request, ct);
            }, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw Failed(operation, url, null, attempts, e);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        var status = response.StatusCode;
        response.Dispose();
        throw Failed(operation, url, status, attempts, null);
    }

    /// <summary>429, 5xx and network errors are retried (Polly), waiting Retry-After when the channel gives one.</summary>
    private ResiliencePipeline<HttpResponseMessage> Retry(string operation) => new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = MaxAttempts - 1,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is HttpRequestException
                || (args.Outcome.Result is { IsSuccessStatusCode: false } r && (r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500))),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Wait(args.Outcome.Result, args.AttemptNumber + 1)),
            OnRetry = args =>
            {
                RetryScheduled(logger, operation, args.AttemptNumber + 1, args.Outcome.Result is { } r ? (int)r.StatusCode : 0, args.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    private static BotConnectorException Failed(string operation, Uri url, HttpStatusCode? status, int attempts, Exception? error)
    {
        var what = status is null ? "no answer (network error)" : $"HTTP {(int)status}";
        return new BotConnectorException(
            $"Bot connector {operation} failed after {attempts} attempt(s): {what} from {url.GetLeftPart(UriPartial.Authority)}.", status, attempts, error);
    }

    private TimeSpan Wait(HttpResponseMessage? response, int attempt)
    {
        var retryAfter = response?.Headers.RetryAfter;
        TimeSpan? given = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (given is { } g && g >= TimeSpan.Zero)
        {
            return g < _maxWait ? g : _maxWait;
        }

        var exponential = options.Value.RetryBaseDelay * Math.Pow(2, attempt - 1);
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        var wait = exponential * jitter;
        return wait < _maxWait ? wait : _maxWait;
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        if (response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(BotJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            // Some channels answer 200/201 with an empty or non-JSON body; the call itself succeeded.
            return null;
        }
    }

    private static Uri Url(string serviceUrl, string conversationId, string activityId)
    {
        var path = $"{Base(serviceUrl)}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return new Uri(activityId.Length == 0 ? path : $"{path}/{Uri.EscapeDataString(activityId)}");
    }

    private static string Base(string serviceUrl) => serviceUrl.TrimEnd('/');

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot connector {Operation} attempt {Attempt} got status {Status}; retrying in {WaitMs} ms")]
    private static partial void RetryScheduled(ILogger logger, string operation, int attempt, int status, double waitMs);
}
