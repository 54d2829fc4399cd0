using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TeamsCert.Infrastructure.Links;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Links;

public sealed class LinkApiTests : IDisposable
{
    private readonly TeamsCertFactory _factory = new();
    private readonly LinkApi _api;

    public LinkApiTests() => _api = new LinkApi(_factory);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Create_ApplicationFormOnNewCase_201WithUrlAndOnlyTheHashStored()
    {
        var (caseId, _) = await _api.InviteAsync();

        var (id, token, view) = await _api.CreateOkAsync(caseId);
        var row = Assert.Single(await _api.LinkRowsAsync());
        var journal = await _api.JournalAsync(caseId);

        Assert.Equal(SharedLinkTokens.Length, token.Length);
        Assert.StartsWith("http://localhost:5080/portal/", view.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("application-form", view.GetProperty("purpose").GetString());
        Assert.Equal(_factory.Clock.GetUtcNow().AddDays(14), view.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.False(view.GetProperty("emailed").GetBoolean());
        Assert.Equal((id, SharedLinkTokens.Hash(token)), (row.Id, row.TokenHash));
        Assert.Contains(journal, e => e.GetProperty("type").GetString() == "link.created" && e.GetProperty("actor").GetString() == LinkApi.Reviewer);
        Assert.DoesNotContain(token, JsonSerializer.Serialize(journal), StringComparison.Ordinal);
        Assert.False(DatabaseFilesContain(token), "the token's text must not be anywhere in the database files");
    }

    [Fact]
    public async Task Create_DocumentsWithoutDeficiencyNotice_409LinkPurposeWithReason()
    {
        var (caseId, number) = await _api.OpenCaseAsync();

        using var response = await _api.CreateAsync(caseId, new { purpose = "documents" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("LINK-PURPOSE", problem.GetProperty("ruleId").GetString());
        Assert.Contains(number, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("缺件通知", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await _api.LinkRowsAsync());
    }

    [Fact]
    public async Task Create_DocumentsAfterDeficiencyNotice_201ButApplicationForm409()
    {
        var (caseId, _) = await _api.OpenCaseAsync();
        using var notice = await _api.ActOnOpenStepAsync(caseId, "application-review", "deficiency", new { missing = "businessLicence,serviceList" });

        using var documents = await _api.CreateAsync(caseId, new { purpose = "documents", expiresInDays = 7 });
        using var form = await _api.CreateAsync(caseId, new { purpose = "application-form" });

        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        Assert.Equal(HttpStatusCode.Created, documents.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, form.StatusCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public async Task Create_ExpiresInDaysOutOfRange_400NamingField(int days)
    {
        var (caseId, _) = await _api.InviteAsync();

        using var response = await _api.CreateAsync(caseId, new { purpose = "application-form", expiresInDays = days });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("expiresInDays", problem.GetProperty("field").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("expiresInDays", out _));
    }

    [Fact]
    public async Task Create_UnknownPurpose_400NamingField()
    {
        var (caseId, _) = await _api.InviteAsync();

        using var response = await _api.CreateAsync(caseId, new { purpose = "certificate" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((HttpStatusCode.BadRequest, "purpose"), (response.StatusCode, problem.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task Create_ByAuditor_403LinkRole()
    {
        var (caseId, _) = await _api.InviteAsync();

        using var response = await _factory.ClientFor("auditor@demo.local").PostAsJsonAsync(
            new Uri($"/api/cases/{caseId}/links", UriKind.Relative), new { purpose = "application-form" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((HttpStatusCode.Forbidden, "LINK-ROLE"), (response.StatusCode, problem.GetProperty("ruleId").GetString()));
    }

    [Fact]
    public async Task Create_SendToWithoutSmtp_201SayingNotEmailed()
    {
        var (caseId, _) = await _api.InviteAsync();

        using var response = await _api.CreateAsync(caseId, new { purpose = "application-form", sendTo = "applicant@example.com" });
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(view.GetProperty("emailed").GetBoolean());
        Assert.Contains("Smtp:Host", view.GetProperty("emailNote").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_AfterCreateAndRevoke_ShowsStatusesAndNeverTheToken()
    {
        var (caseId, _) = await _api.InviteAsync();
        var (first, token1, _) = await _api.CreateOkAsync(caseId);
        var (_, token2, _) = await _api.CreateOkAsync(caseId, days: 3);
        using var revoked = await _api.Staff.DeleteAsync(new Uri($"/api/links/{first}", UriKind.Relative));

        var text = await _api.Staff.GetStringAsync(new Uri($"/api/cases/{caseId}/links", UriKind.Relative));
        var list = JsonSerializer.Deserialize<JsonElement>(text);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(["revoked", "active"], list.EnumerateArray().Select(l => l.GetProperty("status").GetString()));
        Assert.Equal(LinkApi.Reviewer, list[0].GetProperty("revokedBy").GetString());
        Assert.DoesNotContain(token1, text, StringComparison.Ordinal);
        Assert.DoesNotContain(token2, text, StringComparison.Ordinal);
        Assert.DoesNotContain("tokenHash", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Revoke_UnknownLink_404()
    {
        using var response = await _api.Staff.DeleteAsync(new Uri($"/api/links/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Revoke_Twice_204AndJournaledOnce()
    {
        var (caseId, _) = await _api.InviteAsync();
        var (id, _, _) = await _api.CreateOkAsync(caseId);

        using var first = await _api.Staff.DeleteAsync(new Uri($"/api/links/{id}", UriKind.Relative));
        using var second = await _api.Staff.DeleteAsync(new Uri($"/api/links/{id}", UriKind.Relative));
        var journal = await _api.JournalAsync(caseId);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (first.StatusCode, second.StatusCode));
        Assert.Single(journal, e => e.GetProperty("type").GetString() == "link.revoked");
        Assert.True(await _api.JournalVerifiesAsync(caseId));
    }

    private bool DatabaseFilesContain(string token)
    {
        var needle = Encoding.UTF8.GetBytes(token);
        return Directory.EnumerateFiles(_factory.DataFolder, "teamscert.db*").Any(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray().AsSpan().IndexOf(needle) >= 0;
        });
    }
}
