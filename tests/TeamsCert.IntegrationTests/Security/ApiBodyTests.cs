using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>
/// The API's and the tab's request bodies on Kestrel: over the app-wide limit (1 MiB unless
/// <c>Kestrel:Limits:MaxRequestBodySize</c> says otherwise) 413, malformed JSON or a value of the wrong type 400 naming
/// where, a form post without its antiforgery token 400; each a ProblemDetails, never 500.
/// </summary>
public sealed class ApiBodyTests : IDisposable
{
    private readonly TeamsCertFactory _factory = new();
    private readonly WebApplicationFactory<Program> _host;

    public ApiBodyTests()
    {
        _host = _factory.WithWebHostBuilder(_ => { });
        _host.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public void Dispose()
    {
        _host.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task OpenCase_BodyOverOneMebibyte_413Problem()
    {
        var json = $$"""{"scheme":"TEL","organization":"{{new string('x', 2 * 1024 * 1024)}}","personnel":10,"sites":1,"scope":"s"}""";

        using var response = await PostJsonAsync("/api/cases", json);
        var problem = await BotBodyTests.ProblemAsync(response);

        // Minimal API binding answers a body over Kestrel's limit itself; the status-code page makes it a ProblemDetails.
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task OpenCase_MalformedJson_400ProblemNamingThePosition()
    {
        using var response = await PostJsonAsync("/api/cases", "{\"scheme\":\"TEL\",");
        var problem = await BotBodyTests.ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("OpenCase", problem.GetProperty("detail").GetString(), StringComparison.Ordinal); // no type names
    }

    [Fact]
    public async Task OpenCase_NumberAsText_400ProblemNamingTheField()
    {
        using var response = await PostJsonAsync("/api/cases", """{"scheme":"TEL","organization":"o","personnel":"many","sites":1,"scope":"s"}""");
        var problem = await BotBodyTests.ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("personnel", problem.GetProperty("field").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("personnel", out _));
    }

    [Fact]
    public async Task CreateLink_EmptyBody_400NotServerError()
    {
        using var response = await PostJsonAsync($"/api/cases/{Guid.NewGuid()}/links", "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TabRemind_FormWithoutAntiforgeryToken_400Problem()
    {
        using var client = _host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Dev-User", "manager@demo.local");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["caseId"] = Guid.NewGuid().ToString(), ["stepId"] = Guid.NewGuid().ToString() });

        using var response = await client.PostAsync(new Uri("/tab/steps/remind", UriKind.Relative), form);
        var problem = await BotBodyTests.ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Form expired", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("antiforgery", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostJsonAsync(string path, string json)
    {
        using var client = _host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Dev-User", "manager@demo.local");
        return await client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
    }
}
