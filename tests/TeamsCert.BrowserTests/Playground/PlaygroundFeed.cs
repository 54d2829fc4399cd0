using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace TeamsCert.BrowserTests.Playground;

/// <summary>
/// Reads what the bot posts, browser-less: the Playground's own UI listens on the WebSocket
/// <c>/_ws_conversation/v1/conversations/stream</c>, which pushes <c>{"action":"createMessage","actionConversationId":…,
/// "message":{messageId, text, attachments, …}}</c> for every activity the bot POSTs to <c>/_connector</c>. Messages posted
/// while no client listens are delivered on connect. Do not open the UI in a browser at the same time.
/// </summary>
public sealed class PlaygroundFeed : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<BotPost> _posts = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private Task? _reader;

    public static async Task<PlaygroundFeed> ConnectAsync(Uri playground)
    {
        var stream = new PlaygroundFeed();
        var uri = new UriBuilder(playground) { Scheme = "ws", Path = "/_ws_conversation/v1/conversations/stream" }.Uri;
        await stream._socket.ConnectAsync(uri, CancellationToken.None);
        stream._reader = Task.Run(stream.ReadAsync);
        return stream;
    }

    public IReadOnlyList<BotPost> Posts
    {
        get
        {
            lock (_gate)
            {
                return [.. _posts];
            }
        }
    }

    /// <summary>The first post (already received or arriving within <paramref name="timeout"/>) that matches.</summary>
    public async Task<BotPost> WaitForAsync(Func<BotPost, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (Posts.FirstOrDefault(match) is { } post)
            {
                return post;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                var seen = string.Join(" | ", Posts.Select(p => $"{p.Action}: {p.Text}"));
                throw new TimeoutException($"no matching bot post within {timeout.TotalSeconds} s; received: {(seen.Length == 0 ? "nothing" : seen)}");
            }
        }
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    Add(Encoding.UTF8.GetString(message.ToArray()));
                    message.SetLength(0);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
        catch (WebSocketException)
        {
            // The Playground stopped.
        }
    }

    private void Add(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement.Clone();
        var body = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        string Str(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;
        var cards = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("attachments", out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(x => x.TryGetProperty("content", out var c) ? c : x).ToList()
            : [];
        var post = new BotPost(Str(root, "action"), Str(root, "actionConversationId"), Str(body, "messageId"), Str(body, "text"), cards, root);
        lock (_gate)
        {
            _posts.Add(post);
        }

        _arrived.Release();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_reader is not null)
        {
            await _reader;
        }

        _socket.Dispose();
        _stop.Dispose();
        _arrived.Dispose();
    }
}
