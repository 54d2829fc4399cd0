using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TeamsCert.IntegrationTests.Links;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Documents;

/// <summary>The hosted app on a real test database (SQLite file or PostgreSQL) and the calls the document tests make.</summary>
public sealed class DocumentHost : IDisposable
{
    public const string Manager = "manager@demo.local";
    public const string Programme = "programme@demo.local";
    public const string Reviewer = "reviewer@demo.local";

    private readonly TeamsCertFactory _factory = new();

    public DocumentHost(TestDatabase database) =>
        App = _factory.WithWebHostBuilder(b => b
            .UseSetting("Database:Provider", database.Options.Provider)
            .UseSetting("Database:ConnectionString", database.Options.ConnectionString));

    public WebApplicationFactory<Program> App { get; }

    public LinkApi Api => new(App);

    public string DocumentsFolder => Path.Combine(_factory.DataFolder, "documents");

    public void Dispose()
    {
        App.Dispose();
        _factory.Dispose();
    }

    public HttpClient Client(string user) => LinkApi.ClientFor(App, user);

    /// <summary>Files in the local document store.</summary>
    public string[] StoredFiles() => Directory.Exists(DocumentsFolder) ? Directory.GetFiles(DocumentsFolder, "*", SearchOption.AllDirectories) : [];

    /// <summary>A TEL case through review and programme (shopper auditor2) to a team of leader and auditor, not yet answered.</summary>
    public async Task<(Guid Id, string Number)> CaseWithTeamAsync()
    {
        var api = Api;
        var (id, number) = await api.OpenCaseAsync();
        await ExpectAsync(api.ActOnOpenStepAsync(id, "application-review", "accept"));
        await ExpectAsync(api.ActOnOpenStepAsync(id, "audit-programme", "propose",
            new { mysteryShopper = "auditor2@demo.local", mysteryShoppingArranged = "true" }, Programme));
        await ExpectAsync(api.ActOnOpenStepAsync(id, "team-assignment", "assign",
            new { team = """[{"id":"leader@demo.local","role":"teamLeader"},{"id":"auditor@demo.local","role":"auditor"}]""", plannedStart = "2025-10-20" }, Programme));
        return (id, number);
    }

    /// <summary>The team member answers their own team-acceptance step.</summary>
    public async Task<HttpResponseMessage> AcceptTeamAsync(Guid caseId, string member)
    {
        var view = await Client(Manager).GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}", UriKind.Relative));
        var step = view.GetProperty("steps").EnumerateArray().First(s => s.GetProperty("kind").GetString() == "team-acceptance"
            && s.GetProperty("status").GetString() == "Open" && s.GetProperty("assignee").GetString() == member);
        return await Client(member).PostAsJsonAsync(new Uri($"/api/cases/{caseId}/steps/{step.GetProperty("id")}", UriKind.Relative),
            new { action = "accept", data = new { conflictOfInterest = "none" } });
    }

    public async Task<HttpResponseMessage> UploadAsync(string user, Guid caseId, string fileName, Stream file)
    {
        using var content = new StreamContent(file);
        content.Headers.Add("X-File-Name", Uri.EscapeDataString(fileName));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return await Client(user).PostAsync(new Uri($"/api/cases/{caseId}/documents?purpose=required-document", UriKind.Relative), content);
    }

    public Task<HttpResponseMessage> ListAsync(string user, Guid caseId) =>
        Client(user).GetAsync(new Uri($"/api/cases/{caseId}/documents", UriKind.Relative));

    public Task<HttpResponseMessage> DownloadAsync(string user, Guid documentId) =>
        Client(user).GetAsync(new Uri($"/api/documents/{documentId}/content", UriKind.Relative));

    public Task<HttpResponseMessage> LinksAsync(string user, Guid caseId) =>
        Client(user).GetAsync(new Uri($"/api/cases/{caseId}/links", UriKind.Relative));

    /// <summary>Asserts a 403 ProblemDetails with rule id DOC-ACCESS whose text names the case number.</summary>
    public static async Task AssertDocAccessRefusedAsync(HttpResponseMessage response, string caseNumber)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("DOC-ACCESS", problem.GetProperty("ruleId").GetString());
        Assert.Contains(caseNumber, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    public static async Task<JsonElement> ExpectAsync(Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
