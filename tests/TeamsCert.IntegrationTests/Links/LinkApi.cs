using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.IntegrationTests.Links;

/// <summary>Drives the links API and the portal of one hosted app as a reviewer.</summary>
public sealed class LinkApi(WebApplicationFactory<Program> factory)
{
    public const string Reviewer = "reviewer@demo.local";

    public HttpClient Staff { get; } = ClientFor(factory, Reviewer);

    public HttpClient Anonymous { get; } = factory.CreateClient();

    public static HttpClient ClientFor(WebApplicationFactory<Program> factory, string user)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Dev-User", user);
        return client;
    }

    /// <summary>Opens a TEL case from a paper application (stage ApplicationReview, review due 2025-10-11) and returns its id and number.</summary>
    public async Task<(Guid Id, string Number)> OpenCaseAsync()
    {
        using var response = await Staff.PostAsJsonAsync(new Uri("/api/cases", UriKind.Relative),
            new { scheme = "TEL", organization = "北京示例呼叫中心<有限>公司", personnel = 120, sites = 2, scope = "呼叫中心客户服务" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (view.GetProperty("id").GetGuid(), view.GetProperty("number").GetString()!);
    }

    /// <summary>Invites an organisation (TEL unless told): a case waiting for its application form, opened without a link.</summary>
    public async Task<(Guid Id, string Number)> InviteAsync(string scheme = "TEL")
    {
        using var response = await Staff.PostAsJsonAsync(new Uri("/api/cases/invitations", UriKind.Relative),
            new { scheme, organization = "北京示例呼叫中心<有限>公司", createLink = false });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case");
        return (view.GetProperty("id").GetGuid(), view.GetProperty("number").GetString()!);
    }

    public async Task<HttpResponseMessage> ActOnOpenStepAsync(Guid caseId, string kind, string action, object? data = null, string user = Reviewer)
    {
        var view = await Staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}", UriKind.Relative));
        var step = view.GetProperty("steps").EnumerateArray().First(s => s.GetProperty("kind").GetString() == kind && s.GetProperty("status").GetString() == "Open");
        return await ClientFor(factory, user).PostAsJsonAsync(new Uri($"/api/cases/{caseId}/steps/{step.GetProperty("id")}", UriKind.Relative),
            new { action, data = data ?? new { } });
    }

    public Task<HttpResponseMessage> CreateAsync(Guid caseId, object body) =>
        Staff.PostAsJsonAsync(new Uri($"/api/cases/{caseId}/links", UriKind.Relative), body);

    /// <summary>Creates a link and returns its id and token (the URL's last segment).</summary>
    public async Task<(Guid Id, string Token, JsonElement View)> CreateOkAsync(Guid caseId, string purpose = "application-form", int? days = null)
    {
        using var response = await CreateAsync(caseId, new { purpose, expiresInDays = days });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        var url = new Uri(view.GetProperty("url").GetString()!);
        return (view.GetProperty("id").GetGuid(), url.Segments[^1], view);
    }

    public Task<HttpResponseMessage> PortalAsync(string token) => Anonymous.GetAsync(new Uri($"/portal/{token}", UriKind.Relative));

    public async Task<List<JsonElement>> JournalAsync(Guid caseId) =>
        [.. (await Staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}/journal", UriKind.Relative))).EnumerateArray()];

    /// <summary>How many journal entries the case has and its version: what a change of the case moves.</summary>
    public async Task<(int Entries, int Version)> JournalAndVersionAsync(Guid caseId)
    {
        var view = await Staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}", UriKind.Relative));
        return ((await JournalAsync(caseId)).Count, view.GetProperty("version").GetInt32());
    }

    public async Task<bool> JournalVerifiesAsync(Guid caseId) =>
        (await Staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}/journal/verify", UriKind.Relative))).GetProperty("valid").GetBoolean();

    public async Task<List<SharedLinkRow>> LinkRowsAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TeamsCertDbContext>().SharedLinks.AsNoTracking().ToListAsync();
    }
}
