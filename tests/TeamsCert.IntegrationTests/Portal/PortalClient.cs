using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.IntegrationTests.Portal;

/// <summary>What an applicant's browser does with a link, over real HTTP: open the page, upload a file for an item, post the form.</summary>
public sealed class PortalClient(WebApplicationFactory<Program> factory, string token)
{
    private readonly HttpClient _http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public string Token => token;

    public Task<HttpResponseMessage> PageAsync() => _http.GetAsync(new Uri($"/portal/{token}", UriKind.Relative));

    /// <summary>Uploads like the page's script does: raw body, <c>X-File-Name</c>, JSON answer.</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Body)> UploadAsync(string item, string fileName, Stream file, string contentType = "application/pdf")
    {
        using var content = new StreamContent(file);
        content.Headers.Add("X-File-Name", Uri.EscapeDataString(fileName));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/portal/{token}/documents?item={Uri.EscapeDataString(item)}", UriKind.Relative)) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length > 0 && text[0] == '{' ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    public Task<HttpResponseMessage> SubmitAsync(IEnumerable<KeyValuePair<string, string>> fields) => PostAsync($"/portal/{token}", fields);

    /// <summary>Posts form fields to a portal address (a remove button, "send me a new link"), without following redirects.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        _http.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));

    public static async Task<List<DocumentRow>> DocumentsAsync(WebApplicationFactory<Program> factory, Guid caseId)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TeamsCertDbContext>().Documents.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync();
    }

    public static async Task<JsonElement> CaseAsync(HttpClient staff, Guid caseId) =>
        await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}", UriKind.Relative));

    public static async Task<List<JsonElement>> JournalAsync(HttpClient staff, Guid caseId) =>
        [.. (await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}/journal", UriKind.Relative))).EnumerateArray()];

    /// <summary>A complete, valid TEL application form (002 §9.1.1) as the page posts it.</summary>
    public static Dictionary<string, string> TelForm() => TelApplicationSample.Form();
}
