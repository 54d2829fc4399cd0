using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace TeamsCert.IntegrationTests.Documents;

/// <summary>
/// A local stand-in for the few Microsoft Graph endpoints the SharePoint store calls (Kestrel on 127.0.0.1): a site's
/// drives, item by path (get, delete), content (PUT, GET), createUploadSession and the session's ranged PUTs. Not Graph.
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    public const string Token = "fake-graph-token";
    public const string SiteId = "site-1";
    public const string DriveId = "drive-1";
    public const string LibraryName = "认证档案";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (string Path, MemoryStream Bytes)> _sessions = new();

    private FakeGraphServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public Uri GraphBaseUrl => new($"{BaseUrl}/v1.0");

    /// <summary>Completed files by library path.</summary>
    public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Requests { get; } = new();

    public int OpenSessions => _sessions.Count;

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
        var app = builder.Build();
        FakeGraphServer? server = null;
        app.Map("/{**path}", (Delegate)((HttpContext context) => server!.AnswerAsync(context)));
        await app.StartAsync();
        server = new FakeGraphServer(app, app.Urls.First().TrimEnd('/'));
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var path = Uri.UnescapeDataString(request.Path.Value ?? "");
        Requests.Enqueue($"{request.Method} {path}");
        if (path.StartsWith("/upload/", StringComparison.Ordinal))
        {
            return await SessionAsync(context, path["/upload/".Length..]);
        }

        if (request.Headers.Authorization.FirstOrDefault() != $"Bearer {Token}")
        {
            return Error(401, "InvalidAuthenticationToken");
        }

        if (request.Method == HttpMethods.Get && path == $"/v1.0/sites/{SiteId}/drives")
        {
            return Results.Json(new { value = new[] { new { id = DriveId, name = LibraryName } } });
        }

        var prefix = $"/v1.0/drives/{DriveId}/root:/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return Error(404, "itemNotFound");
        }

        var rest = path[prefix.Length..];
        var colon = rest.LastIndexOf(':');
        var (item, action) = colon < 0 ? (rest, "") : (rest[..colon], rest[(colon + 1)..]);
        return (request.Method, action) switch
        {
            ("PUT", "/content") => await PutAsync(request, item),
            ("GET", "/content") => Files.TryGetValue(item, out var bytes) ? Results.Bytes(bytes, "application/octet-stream") : Error(404, "itemNotFound"),
            ("POST", "/createUploadSession") => CreateSession(item),
            ("GET", "") => Files.TryGetValue(item, out var found) ? Item(item, found.Length) : Error(404, "itemNotFound"),
            ("DELETE", "") => Files.TryRemove(item, out _) ? Results.NoContent() : Error(404, "itemNotFound"),
            _ => Error(400, "invalidRequest"),
        };
    }

    private async Task<IResult> PutAsync(HttpRequest request, string item)
    {
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy);
        Files[item] = copy.ToArray();
        return Item(item, copy.Length, 201);
    }

    private IResult CreateSession(string item)
    {
        if (Files.ContainsKey(item))
        {
            return Error(409, "nameAlreadyExists");
        }

        var id = Guid.NewGuid().ToString("N");
        _sessions[id] = (item, new MemoryStream());
        return Results.Json(new { uploadUrl = $"{BaseUrl}/upload/{id}", expirationDateTime = DateTimeOffset.UtcNow.AddHours(1), nextExpectedRanges = new[] { "0-" } });
    }

    private async Task<IResult> SessionAsync(HttpContext context, string id)
    {
        if (!_sessions.TryGetValue(id, out var session))
        {
            return Error(404, "itemNotFound");
        }

        if (context.Request.Method == HttpMethods.Delete)
        {
            _sessions.TryRemove(id, out _);
            return Results.NoContent();
        }

        // Content-Range: bytes {from}-{to}/{total}; slices must arrive in order, as the real service expects.
        var range = context.Request.Headers.ContentRange.ToString()["bytes ".Length..].Split('-', '/');
        var (from, to, total) = (long.Parse(range[0], CultureInfo.InvariantCulture), long.Parse(range[1], CultureInfo.InvariantCulture), long.Parse(range[2], CultureInfo.InvariantCulture));
        if (from != session.Bytes.Length)
        {
            return Error(416, "invalidRange");
        }

        await context.Request.Body.CopyToAsync(session.Bytes);
        if (to + 1 < total)
        {
            return Results.Json(new { expirationDateTime = DateTimeOffset.UtcNow.AddHours(1), nextExpectedRanges = new[] { $"{to + 1}-" } }, statusCode: 202);
        }

        _sessions.TryRemove(id, out _);
        Files[session.Path] = session.Bytes.ToArray();
        return Item(session.Path, total, 201);
    }

    private static IResult Item(string path, long size, int status = 200) =>
        Results.Json(new { id = Guid.NewGuid().ToString("N"), name = Path.GetFileName(path), size }, statusCode: status);

    private static IResult Error(int status, string code) =>
        Results.Json(new { error = new { code, message = code } }, statusCode: status);
}
