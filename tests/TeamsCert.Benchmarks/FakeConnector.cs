using System.Net;
using System.Text;

namespace TeamsCert.Benchmarks;

/// <summary>
/// A Bot Connector stand-in on 127.0.0.1 for the serviceUrl of benchmark activities: answers every request 201 with a
/// resource id, so a handler that replies, updates or sends proactively is not slowed by a real channel.
/// </summary>
internal sealed class FakeConnector : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private int _calls;

    public FakeConnector()
    {
        var port = TeamsCert.BrowserTests.Playground.FreePort.Next();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    public int Calls => Volatile.Read(ref _calls);

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _calls);
            var body = Encoding.UTF8.GetBytes($"{{\"id\":\"{Guid.NewGuid():N}\"}}");
            context.Response.StatusCode = 201;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Stopping the listener ends the loop with an exception.
        }
    }
}
