using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TeamsCert.IntegrationTests.Links;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>
/// Issue 12, item 2: anonymous hits on a dead portal link are logged and rate-limited, never journaled, so they neither
/// grow the case's journal nor bump its version, and staff changing the case at the same time are not pushed into 409s.
/// </summary>
public abstract class DeadLinkTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string Manager = "manager@demo.local";
    private readonly TDatabase _database;

    protected DeadLinkTests(TDatabase database) => _database = database;

    [Fact]
    public async Task Portal_ThousandHitsOnRevokedLink_JournalAndVersionUnchanged()
    {
        using var host = new SecurityHost(_database, ("Portal:RequestsPerMinute", "100000"));
        var api = host.Api;
        var (caseId, _) = await api.InviteAsync();
        var (id, token, _) = await api.CreateOkAsync(caseId);
        using var revoked = await api.Staff.DeleteAsync(new Uri($"/api/links/{id}", UriKind.Relative));
        var before = await api.JournalAndVersionAsync(caseId);

        var statuses = await HitAsync(api, token, 1000);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Gone, s));
        Assert.Equal(before, await api.JournalAndVersionAsync(caseId));
        Assert.True(await api.JournalVerifiesAsync(caseId));
        var row = Assert.Single(await api.LinkRowsAsync(), l => l.Id == id);
        Assert.Equal((0, null), (row.UseCount, row.LastUsedAt));
    }

    [Fact]
    public async Task Reassign_EightAtOnceWhileDeadLinkIsHit_AllSucceedAndOnlyTheyAreJournaled()
    {
        using var host = new SecurityHost(_database, ("Portal:RequestsPerMinute", "100000"));
        var api = host.Api;
        var (caseId, token, stepId) = await CompletedLinkWithOpenReviewAsync(api);
        var before = await api.JournalAndVersionAsync(caseId);
        var manager = host.Client(Manager);
        var assign = new Uri($"/api/cases/{caseId}/steps/{stepId}/assignee", UriKind.Relative);

        var hits = HitAsync(api, token, 400);
        var reassignments = await Task.WhenAll(Enumerable.Range(1, 8).Select(async i =>
        {
            using var response = await manager.PostAsJsonAsync(assign, new { assignee = i % 2 == 0 ? "reviewer2@demo.local" : "reviewer@demo.local", reason = $"工作量平衡 {i}" });
            return response.StatusCode;
        }));
        var statuses = await hits;
        var journal = await api.JournalAsync(caseId);

        Assert.All(reassignments, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Gone, s));
        Assert.Equal(before.Entries + 8, journal.Count);
        Assert.Equal(8, journal.Skip(before.Entries).Count(e => e.GetProperty("type").GetString() == "step.reassigned"));
        Assert.True(await api.JournalVerifiesAsync(caseId));
    }

    [Fact]
    public async Task Portal_RevokedLinkOverRateLimit_429CountedAndRefusalLoggedWithLinkIdNotToken()
    {
        using var host = new SecurityHost(_database, ("Portal:RequestsPerMinute", "3"));
        var api = host.Api;
        var (caseId, _) = await api.InviteAsync();
        var (id, token, _) = await api.CreateOkAsync(caseId);
        using var revoked = await api.Staff.DeleteAsync(new Uri($"/api/links/{id}", UriKind.Relative));

        var statuses = await HitAsync(api, token, 4, parallel: 1);

        Assert.Equal([HttpStatusCode.Gone, HttpStatusCode.Gone, HttpStatusCode.Gone, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(3, host.Logs.Count(l => l.Contains($"Portal link {id:D}", StringComparison.Ordinal) && l.Contains("refused: revoked", StringComparison.Ordinal)));
        Assert.DoesNotContain(host.Logs, l => l.Contains(token, StringComparison.Ordinal));
    }

    // A case whose documents link is spent (the step it served was completed by staff) and whose review is open again.
    private static async Task<(Guid CaseId, string Token, string StepId)> CompletedLinkWithOpenReviewAsync(LinkApi api)
    {
        var (caseId, _) = await api.OpenCaseAsync();
        using var notice = await api.ActOnOpenStepAsync(caseId, "application-review", "deficiency", new { missing = "businessLicence" });
        var (_, token, _) = await api.CreateOkAsync(caseId, "documents");
        using var supplied = await api.ActOnOpenStepAsync(caseId, "applicant-documents", "supply", new { materials = "businessLicence" }, Manager);
        using var portal = await api.PortalAsync(token);
        var view = await api.Staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}", UriKind.Relative));
        var review = view.GetProperty("steps").EnumerateArray()
            .First(s => s.GetProperty("kind").GetString() == "application-review" && s.GetProperty("status").GetString() == "Open");
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Gone), (notice.StatusCode, supplied.StatusCode, portal.StatusCode));
        return (caseId, token, review.GetProperty("id").GetString()!);
    }

    private static async Task<HttpStatusCode[]> HitAsync(LinkApi api, string token, int count, int parallel = 8)
    {
        var statuses = new HttpStatusCode[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
        {
            using var response = await api.Anonymous.GetAsync(new Uri($"/portal/{token}", UriKind.Relative), ct);
            statuses[i] = response.StatusCode;
        });
        return statuses;
    }
}
