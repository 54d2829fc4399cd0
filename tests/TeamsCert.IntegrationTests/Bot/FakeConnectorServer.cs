using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace TeamsCert.IntegrationTests.Bot;

/// <summary>
/// A local Bot Framework connector (Kestrel on 127.0.0.1, a free port) that records every request and answers from a
/// script of statuses (then 200/201 with a JSON body shaped like the real connector's).
/// </summary>
public sealed class FakeConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _script = new();
    private int _ids;

    private FakeConnectorServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The serviceUrl to give the bot (with a path, like Teams' regional service URLs).</summary>
    public string ServiceUrl => $"{BaseUrl}/teams/";

    public string BaseUrl { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static async Task<FakeConnectorServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        FakeConnectorServer? server = null;
        app.Map("/{**path}", (Delegate)((HttpContext context) => server!.AnswerAsync(context)));
        await app.StartAsync();
        server = new FakeConnectorServer(app, app.Urls.First().TrimEnd('/'));
        return server;
    }

    /// <summary>The next answers, in order (e.g. 429 with Retry-After "1", then the default success).</summary>
    public void Script(params (int Status, string? RetryAfter)[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    /// <summary>Waits (up to 15 s) until a request matching <paramref name="match"/> has arrived.</summary>
    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match)
    {
        for (var i = 0; i < 300; i++)
        {
            if (Requests.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The fake connector received no matching request.");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var request = context.Request;
        Requests.Enqueue(new RecordedRequest(request.Method, $"{request.PathBase}{request.Path}", body, request.Headers.Authorization.FirstOrDefault()));
        if (_script.TryDequeue(out var scripted))
        {
            if (scripted.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = scripted.RetryAfter;
            }

            return Results.StatusCode(scripted.Status);
        }

        var id = $"activity-{Interlocked.Increment(ref _ids)}";
        if (request.Path.Value!.EndsWith("/members", StringComparison.Ordinal))
        {
            return Results.Json(new[] { new { id = "29:user-1", name = "王芳", aadObjectId = "aad-1", userPrincipalName = "wang.fang@demo.local" } });
        }

        if (request.Path.Value.EndsWith("/v3/conversations", StringComparison.Ordinal))
        {
            return Results.Json(new { id = "a:new-conversation", activityId = id, serviceUrl = ServiceUrl }, statusCode: 201);
        }

        return request.Method == HttpMethods.Delete ? Results.Ok() : Results.Json(new { id }, statusCode: request.Method == HttpMethods.Put ? 200 : 201);
    }
}
