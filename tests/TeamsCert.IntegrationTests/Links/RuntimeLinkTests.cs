using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.Infrastructure.Outbox;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Links;

/// <summary>The runtime creates and e-mails the applicant's link when the outbox delivers a message to the applicant.</summary>
public sealed class RuntimeLinkTests : IDisposable
{
    public const string Contact = "contact@callcenter.example.cn";
    private readonly TeamsCertFactory _factory = new();
    private readonly LocalSmtpServer _smtp = new();
    private readonly WebApplicationFactory<Program> _host;
    private readonly LinkApi _api;

    public RuntimeLinkTests()
    {
        _host = _factory.WithWebHostBuilder(b => b
            .UseSetting("Smtp:Host", "127.0.0.1")
            .UseSetting("Smtp:Port", _smtp.Port.ToString(CultureInfo.InvariantCulture))
            .UseSetting("Smtp:From", "certification@body.example")
            .UseSetting("App:PublicBaseUrl", "https://portal.body.example/"));
        _api = new LinkApi(_host);
    }

    public void Dispose()
    {
        _host.Dispose();
        _smtp.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Deliver_ApplicantMessageTwice_OneLiveLinkEmailedToContactAndJournaledBySystem()
    {
        var (caseId, number) = await _api.OpenCaseAsync();
        await OutboxRuns.SetContactAsync(_host, caseId, Contact);
        using (var deficiency = await _api.ActOnOpenStepAsync(caseId, "application-review", "deficiency", new { missing = "businessLicence" }))
        {
            Assert.True(deficiency.IsSuccessStatusCode, await deficiency.Content.ReadAsStringAsync());
        }

        await OutboxRuns.DeliverAsync(_host);
        await OutboxRuns.RedeliverAsync(_host, caseId);
        var message = await _smtp.Message.WaitAsync(TimeSpan.FromSeconds(30));
        var body = OutboxRuns.MailBody(message);
        var url = new Uri(body.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("https://portal.body.example/portal/", StringComparison.Ordinal)));
        using var portal = await _api.Anonymous.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative));
        var links = (await _api.LinkRowsAsync()).Where(l => l.CaseId == caseId).ToList();
        var journal = (await _api.JournalAsync(caseId)).Where(e => e.GetProperty("type").GetString()!.StartsWith("link.", StringComparison.Ordinal)).ToList();

        var link = Assert.Single(links);
        Assert.Equal(("documents", "system"), (link.Purpose, link.CreatedBy));
        Assert.Null(link.RevokedAt);
        Assert.Contains(_smtp.Recipients, r => r.Contains(Contact, StringComparison.Ordinal));
        Assert.Contains(number, body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
        Assert.Equal(["link.created", "link.emailed"], journal.Take(2).Select(e => e.GetProperty("type").GetString()));
        Assert.All(journal.Take(2), e => Assert.Equal("system", e.GetProperty("actor").GetString()));
        Assert.Equal(Contact, journal[1].GetProperty("data").GetProperty("to").GetString());
        Assert.True(await _api.JournalVerifiesAsync(caseId));
    }

    [Fact]
    public async Task Deliver_ApplicantMessageWithoutContactEmail_NoLinkCreatedAndMessageSent()
    {
        var (caseId, _) = await _api.OpenCaseAsync();
        using (var deficiency = await _api.ActOnOpenStepAsync(caseId, "application-review", "deficiency", new { missing = "businessLicence" }))
        {
            Assert.True(deficiency.IsSuccessStatusCode, await deficiency.Content.ReadAsStringAsync());
        }

        await OutboxRuns.DeliverAsync(_host);

        Assert.DoesNotContain(await _api.LinkRowsAsync(), l => l.CaseId == caseId);
        Assert.False(_smtp.Message.IsCompleted);
        await using var scope = _host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<TeamsCertDbContext>().Outbox.AsNoTracking().Where(o => o.CaseId == caseId).ToListAsync();
        Assert.Contains(rows, r => r.Recipient == "applicant" && r.Status == OutboxStatus.Sent);
    }
}
