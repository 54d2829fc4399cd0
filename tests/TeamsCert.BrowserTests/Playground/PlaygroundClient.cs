using System.Net.Http.Json;
using System.Text.Json;

namespace TeamsCert.BrowserTests.Playground;

/// <summary>
/// Drives the Playground without a browser, as its UI does:
/// <c>GET /_internal/v1/config</c> (tenant, bot, current user, personal chat id),
/// <c>POST /_conversation/v1/conversations/{convId}/messages</c> with <c>{from:{id}, text, textFormat}</c> (the Playground
/// then POSTs a <c>message</c> activity to the bot) and <c>POST /_conversation/v1/invoke</c> with
/// <c>{name:"adaptiveCard/action", value:{action}, from:{id}, conversation:{id}, replyToId}</c>; the replyToId must be a
/// message the bot posted in that conversation, and the answer is the bot's invoke response body.
/// </summary>
public sealed class PlaygroundClient(Uri playground) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = playground, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<JsonElement> ConfigAsync() =>
        (await _http.GetFromJsonAsync<JsonElement>(new Uri("/_internal/v1/config", UriKind.Relative))).GetProperty("config");

    /// <summary>The user sends a plain-text message; returns the Playground's id of the user's message.</summary>
    public async Task<string> SendTextAsync(string conversationId, string userId, string text)
    {
        using var response = await _http.PostAsJsonAsync(new Uri($"/_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", UriKind.Relative),
            new { from = new { id = userId }, text, textFormat = "plain" });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Playground refused the message: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("messageId").ToString();
    }

    /// <summary>The user presses an Action.Execute on the bot's message <paramref name="replyToId"/>; returns the bot's answer.</summary>
    public async Task<JsonElement> ExecuteAsync(string conversationId, string userId, string replyToId, string verb, object data)
    {
        var action = new { type = "Action.Execute", verb, data };
        using var response = await _http.PostAsJsonAsync(new Uri("/_conversation/v1/invoke", UriKind.Relative), new
        {
            name = "adaptiveCard/action",
            value = new { action },
            from = new { id = userId },
            conversation = new { id = conversationId },
            replyToId,
        });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Playground refused the invoke: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public void Dispose() => _http.Dispose();
}
