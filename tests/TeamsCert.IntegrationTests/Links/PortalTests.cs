using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Infrastructure.Links;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Links;

public sealed class PortalTests : IDisposable
{
    private readonly TeamsCertFactory _factory = new();
    private readonly LinkApi _api;

    public PortalTests() => _api = new LinkApi(_factory);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Portal_ValidLink_200PageWithCaseNumberDueDateAndUseCountedNotJournaled()
    {
        var (caseId, number) = await _api.InviteAsync();
        var (_, token, _) = await _api.CreateOkAsync(caseId);
        var before = await _api.JournalAndVersionAsync(caseId);

        using var response = await _api.PortalAsync(token);
        var html = await response.Content.ReadAsStringAsync();
        var row = Assert.Single(await _api.LinkRowsAsync());
        var journal = await _api.JournalAsync(caseId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(number, html, StringComparison.Ordinal);
        Assert.Contains("未设定", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"contactEmail\"", html, StringComparison.Ordinal);
        Assert.Contains("填写认证申请书", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Application form", html, StringComparison.Ordinal);
        Assert.Contains("&lt;有限&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<有限>", html, StringComparison.Ordinal);
        Assert.Equal((1, _factory.Clock.GetUtcNow()), (row.UseCount, row.LastUsedAt));
        Assert.Equal(before, await _api.JournalAndVersionAsync(caseId));
        Assert.DoesNotContain(journal, e => e.GetProperty("type").GetString() == "link.used");
        Assert.True(await _api.JournalVerifiesAsync(caseId));
    }

    [Fact]
    public async Task Portal_RevokedLink_410PageAndNothingJournaled()
    {
        var (caseId, _) = await _api.InviteAsync();
        var (id, token, _) = await _api.CreateOkAsync(caseId);
        using var revoked = await _api.Staff.DeleteAsync(new Uri($"/api/links/{id}", UriKind.Relative));

        var before = await _api.JournalAndVersionAsync(caseId);
        using var response = await _api.PortalAsync(token);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("链接已撤销", html, StringComparison.Ordinal);
        Assert.Contains("请重新发送链接", html, StringComparison.Ordinal);
        Assert.Contains("电话 010-0000 0000", html, StringComparison.Ordinal);
        await AssertNothingJournaledAsync(caseId, before);
    }

    [Fact]
    public async Task Portal_ExpiredLink_410PageAndNothingStored()
    {
        var (caseId, _) = await _api.InviteAsync();
        var (_, token, _) = await _api.CreateOkAsync(caseId, days: 2);
        _factory.Clock.Advance(TimeSpan.FromDays(2));

        var before = await _api.JournalAndVersionAsync(caseId);
        using var response = await _api.PortalAsync(token);
        var html = await response.Content.ReadAsStringAsync();
        var row = Assert.Single(await _api.LinkRowsAsync());

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("链接已过期", html, StringComparison.Ordinal);
        Assert.Equal((0, null), (row.UseCount, row.LastUsedAt));
        await AssertNothingJournaledAsync(caseId, before);
    }

    [Fact]
    public async Task Portal_TamperedToken_404PageAndNothingStored()
    {
        var (caseId, _) = await _api.InviteAsync();
        var (_, token, _) = await _api.CreateOkAsync(caseId);
        var before = (await _api.JournalAsync(caseId)).Count;
        var tampered = string.Concat(token.AsSpan(0, 10), token[10] == 'A' ? "B" : "A", token.AsSpan(11));

        using var response = await _api.PortalAsync(tampered);
        using var junk = await _api.PortalAsync("not-a-token");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (response.StatusCode, junk.StatusCode));
        Assert.Contains("链接无效", html, StringComparison.Ordinal);
        Assert.Contains("请重新发送链接", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.Equal(before, (await _api.JournalAsync(caseId)).Count);
        Assert.Equal(0, Assert.Single(await _api.LinkRowsAsync()).UseCount);
    }

    [Fact]
    public async Task Portal_StepCompletedByStaff_410Completed()
    {
        var (caseId, _) = await _api.OpenCaseAsync();
        using var notice = await _api.ActOnOpenStepAsync(caseId, "application-review", "deficiency", new { missing = "businessLicence" });
        var (_, token, _) = await _api.CreateOkAsync(caseId, "documents");
        using var accepted = await _api.ActOnOpenStepAsync(caseId, "applicant-documents", "supply", new { materials = "businessLicence" }, "manager@demo.local");

        var before = await _api.JournalAndVersionAsync(caseId);
        using var response = await _api.PortalAsync(token);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("链接已使用完毕", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingJournaledAsync(caseId, before);
    }

    [Fact]
    public async Task MarkCompleted_ThenPortal_410AndOnlyCompletionJournaled()
    {
        var (caseId, _) = await _api.InviteAsync();
        var (id, token, _) = await _api.CreateOkAsync(caseId);
        using (var scope = _factory.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<SharedLinkResolver>().MarkCompletedAsync(id));
        }

        var before = await _api.JournalAndVersionAsync(caseId);
        using var response = await _api.PortalAsync(token);
        var row = Assert.Single(await _api.LinkRowsAsync());

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.NotNull(row.CompletedAt);
        Assert.Contains(await _api.JournalAsync(caseId), e => e.GetProperty("type").GetString() == "link.completed");
        await AssertNothingJournaledAsync(caseId, before);
    }

    [Fact]
    public async Task Portal_OverRateLimit_429Page()
    {
        using var limited = _factory.WithWebHostBuilder(b => b.UseSetting("Portal:RequestsPerMinute", "3"));
        using var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync(new Uri("/portal/unknown-token", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("请求过于频繁", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
    }

    // A refused link use is logged, never journaled: the journal and the case's version stay as they were.
    private async Task AssertNothingJournaledAsync(Guid caseId, (int Entries, int Version) before)
    {
        Assert.Equal(before, await _api.JournalAndVersionAsync(caseId));
        Assert.DoesNotContain(await _api.JournalAsync(caseId), e => e.GetProperty("type").GetString() == "link.refused");
        Assert.True(await _api.JournalVerifiesAsync(caseId));
    }
}
