using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TeamsCert.IntegrationTests.Tab;

/// <summary>
/// Posts the tab's forms as a browser does: one cookie jar, the page read first and its antiforgery token sent back
/// with the form. The development identity travels as the <c>X-Dev-User</c> header of each request.
/// </summary>
public sealed partial class TabForms(WebApplicationFactory<Program> factory, bool followRedirects = true) : IDisposable
{
    private readonly HttpClient _client = factory.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = followRedirects });

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path, string user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Dev-User", user);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await _client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The antiforgery token rendered in a page's forms (the same for every form of the page).</summary>
    public static string TokenIn(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "the page's forms carry an antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public async Task<(HttpStatusCode Status, string Html, Uri? Location)> PostAsync(string path, string user, string token,
        IReadOnlyDictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Dev-User", user);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await _client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.RequestMessage?.RequestUri);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
