using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Documents;
using TeamsCert.IntegrationTests.Security;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Portal;

/// <summary>
/// Issue 13, portal: the invitation's data prefilled, a draft kept in the database and shown again, a removed upload
/// journaled and left out of the submission and the receipt, the receipt e-mail queued with the submission, on SQLite
/// and on PostgreSQL, through the real host.
/// </summary>
public abstract partial class PortalApplicantJourneyTests<TDatabase> : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string Reviewer = "reviewer@demo.local";
    private readonly TDatabase _database;

    protected PortalApplicantJourneyTests(TDatabase database) => _database = database;

    [Fact]
    public async Task Draft_PrefilledFromInvitationSavedAndShownAgain_StoredNotJournaled()
    {
        using var host = new SecurityHost(_database);
        var (caseId, token) = await InviteAsync(host.App);
        var portal = new PortalClient(host.App, token);

        var first = await portal.PageAsync();
        var html = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("value=\"北京草稿示例有限公司\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"王五\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"wangwu@example.com\"", html, StringComparison.Ordinal);
        var before = await host.Api.JournalAndVersionAsync(caseId);

        using var saved = await portal.SubmitAsync([new("intent", "draft"), new("organization", "北京草稿示例有限公司"), new("contactPhone", "010-87654321"),
            new("scope", "呼叫中心客户服务（草稿）"), new("declaration", "true")]);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("草稿已保存", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A new visit (a closed tab): the draft comes back from the database.
        var again = await new PortalClient(host.App, token).PageAsync();
        var reopened = await again.Content.ReadAsStringAsync();
        Assert.Contains("value=\"010-87654321\"", reopened, StringComparison.Ordinal);
        Assert.Contains("呼叫中心客户服务（草稿）</textarea>", reopened, StringComparison.Ordinal);
        Assert.Contains("id=\"draft-note\"", reopened, StringComparison.Ordinal);
        Assert.Matches(CheckedDeclaration(), reopened);
        Assert.Equal(before, await host.Api.JournalAndVersionAsync(caseId));
        var row = Assert.Single(await Rows(host.App, db => db.PortalDrafts.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync()));
        Assert.Contains("010-87654321", JsonSerializer.Deserialize<Dictionary<string, string>>(row.ValuesJson)!["contactPhone"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveUpload_JournaledWithWhoAndWhen_LeftOutOfSubmissionAndReceipt_ReceiptQueuedWithSubmission()
    {
        using var host = new SecurityHost(_database);
        var (caseId, token) = await InviteAsync(host.App);
        var portal = new PortalClient(host.App, token);
        var wrong = await portal.UploadAsync("businessLicence", "错误的执照.pdf", GeneratedFileStream.Pdf(20_000));
        var right = await portal.UploadAsync("serviceList", "服务清单.pdf", GeneratedFileStream.Pdf(30_000));
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (wrong.Response.StatusCode, right.Response.StatusCode));
        var wrongId = wrong.Body.GetProperty("id").GetGuid();

        using var removed = await portal.PostAsync($"/portal/{token}/documents/{wrongId:N}/withdraw", [new("contactPhone", "010-11112222")]);
        Assert.Equal(HttpStatusCode.SeeOther, removed.StatusCode);
        var page = await (await portal.PageAsync()).Content.ReadAsStringAsync();
        Assert.DoesNotContain("错误的执照.pdf", page, StringComparison.Ordinal);
        Assert.Contains("value=\"010-11112222\"", page, StringComparison.Ordinal);
        var row = (await PortalClient.DocumentsAsync(host.App, caseId)).Single(d => d.Id == wrongId);
        Assert.NotNull(row.WithdrawnAt);
        var linkActor = row.UploaderId;
        Assert.Equal(linkActor, row.WithdrawnBy);
        var journal = await host.Api.JournalAsync(caseId);
        var withdrawn = Assert.Single(journal, e => e.GetProperty("type").GetString() == "document.withdrawn");
        Assert.Equal(linkActor, withdrawn.GetProperty("actor").GetString());
        Assert.True(await host.Api.JournalVerifiesAsync(caseId));

        // A refused submission queues nothing; the accepted one queues exactly one receipt, with the review, in its own save.
        var invalid = PortalClient.TelForm();
        invalid.Remove("scope");
        using (var refused = await portal.SubmitAsync(invalid.Append(new("confirmIncomplete", "true"))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        Assert.Empty(await Outbox(host.App, caseId, "submission-receipt"));
        using var submitted = await portal.SubmitAsync(PortalClient.TelForm().Append(new("confirmIncomplete", "true")));
        var receipt = await submitted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Contains("服务清单.pdf", receipt, StringComparison.Ordinal);
        Assert.Contains("29 KB", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("错误的执照.pdf", receipt, StringComparison.Ordinal);
        Assert.Contains("李四", receipt, StringComparison.Ordinal);
        Assert.Contains("3 个工作日内", receipt, StringComparison.Ordinal);
        Assert.Contains("TEL-D01", receipt, StringComparison.Ordinal);
        Assert.Contains("2025-09-30 10:00", receipt, StringComparison.Ordinal);
        Assert.Contains("010-0000 0000", receipt, StringComparison.Ordinal);
        Assert.DoesNotMatch(Sha256Hex(), receipt);

        var view = await host.Api.Staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}", UriKind.Relative));
        Assert.Equal(["serviceList"], view.GetProperty("facts").GetProperty("application").GetProperty("materials").EnumerateArray().Select(m => m.GetString()));
        var mail = Assert.Single(await Outbox(host.App, caseId, "submission-receipt"));
        var data = JsonSerializer.Deserialize<Dictionary<string, string>>(mail.DataJson)!;
        Assert.Equal(("applicant", "lisi@example.com"), (mail.Recipient, data["to"]));
        Assert.Contains("服务清单.pdf", data["files"], StringComparison.Ordinal);
        Assert.DoesNotContain("错误的执照.pdf", data["files"], StringComparison.Ordinal);
        var review = Assert.Single(await Outbox(host.App, caseId, "step-opened"));
        Assert.Equal(review.CreatedAtMs, mail.CreatedAtMs);
        Assert.Empty(await Rows(host.App, db => db.PortalDrafts.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync()));

        // The same submission again (a double click) does not queue a second receipt.
        using var twice = await portal.SubmitAsync(PortalClient.TelForm().Append(new("confirmIncomplete", "true")));
        Assert.Equal(HttpStatusCode.Gone, twice.StatusCode);
        Assert.Single(await Outbox(host.App, caseId, "submission-receipt"));
    }

    /// <summary>Invites through the API with a contact and a link, as staff do; returns the case and the link's token.</summary>
    internal static async Task<(Guid CaseId, string Token)> InviteAsync(WebApplicationFactory<Program> app)
    {
        var staff = LinkApiClient(app);
        using var response = await staff.PostAsJsonAsync(new Uri("/api/cases/invitations", UriKind.Relative),
            new { scheme = "TEL", organization = "北京草稿示例有限公司", contactName = "王五", contactEmail = "wangwu@example.com", createLink = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        var url = new Uri(view.GetProperty("link").GetProperty("url").GetString()!);
        return (view.GetProperty("case").GetProperty("id").GetGuid(), url.Segments[^1]);
    }

    internal static Task<List<OutboxRow>> Outbox(WebApplicationFactory<Program> app, Guid caseId, string kind) =>
        Rows(app, db => db.Outbox.AsNoTracking().Where(o => o.CaseId == caseId && o.Kind == kind).ToListAsync());

    internal static async Task<T> Rows<T>(WebApplicationFactory<Program> app, Func<TeamsCertDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<TeamsCertDbContext>());
    }

    private static HttpClient LinkApiClient(WebApplicationFactory<Program> app) => Links.LinkApi.ClientFor(app, Reviewer);

    [GeneratedRegex("<input type=\"checkbox\" value=\"true\" id=\"f-declaration\"[^>]* checked>")]
    private static partial Regex CheckedDeclaration();

    [GeneratedRegex("\\b[0-9a-f]{64}\\b")]
    internal static partial Regex Sha256Hex();
}

public sealed class SqlitePortalApplicantJourneyTests(SqliteTestDatabase database) : PortalApplicantJourneyTests<SqliteTestDatabase>(database);

public sealed class PostgresPortalApplicantJourneyTests(PostgresTestDatabase database) : PortalApplicantJourneyTests<PostgresTestDatabase>(database);
