using System.Net;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Documents;

/// <summary>
/// DOC-ACCESS through the hosted app on each real database (see the subclasses): staff outside a case are refused its
/// documents and links, and a refused upload or download leaves nothing behind; the team, the shopper and managers are let in.
/// </summary>
public abstract class DocumentAccessApiTests<TDatabase> : FreshDatabaseTests<TDatabase>, IDisposable
    where TDatabase : TestDatabase, new()
{
    private const string Auditor = "auditor@demo.local";
    private DocumentHost? _host;

    private DocumentHost Host => _host ??= new DocumentHost(Database);

    public void Dispose()
    {
        _host?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task DocAccess_AuditorNotOnTheTeam_403ForListDownloadUploadAndLinksAndNothingStoredOrJournaled()
    {
        var (caseId, number) = await Host.Api.OpenCaseAsync();
        var document = await DocumentHost.ExpectAsync(Host.UploadAsync(DocumentHost.Manager, caseId, "质量手册.pdf", GeneratedFileStream.Pdf(2_000)), HttpStatusCode.Created);

        using var list = await Host.ListAsync(Auditor, caseId);
        using var download = await Host.DownloadAsync(Auditor, document.GetProperty("id").GetGuid());
        using var upload = await Host.UploadAsync(Auditor, caseId, "质量手册.pdf", GeneratedFileStream.Pdf(3_000));
        using var links = await Host.LinksAsync(Auditor, caseId);

        await DocumentHost.AssertDocAccessRefusedAsync(list, number);
        await DocumentHost.AssertDocAccessRefusedAsync(download, number);
        await DocumentHost.AssertDocAccessRefusedAsync(upload, number);
        await DocumentHost.AssertDocAccessRefusedAsync(links, number);
        var listed = await DocumentHost.ExpectAsync(Host.ListAsync(DocumentHost.Manager, caseId));
        Assert.Equal([1], listed.EnumerateArray().Select(d => d.GetProperty("version").GetInt32()));
        Assert.Single(Host.StoredFiles());
        var journal = await Host.Api.JournalAsync(caseId);
        Assert.Single(journal, e => e.GetProperty("type").GetString() == "document.uploaded");
        Assert.DoesNotContain(journal, e => e.GetProperty("type").GetString() == "document.downloaded");
        Assert.DoesNotContain(journal, e => e.GetProperty("actor").GetString() == Auditor);
    }

    [Fact]
    public async Task DocAccess_AuditorOnTheTeam_MayUploadListDownloadAndSeeLinks()
    {
        var (caseId, _) = await Host.CaseWithTeamAsync();
        await DocumentHost.ExpectAsync(Host.AcceptTeamAsync(caseId, Auditor));

        var uploaded = await DocumentHost.ExpectAsync(Host.UploadAsync(Auditor, caseId, "审核记录.pdf", GeneratedFileStream.Pdf(2_500)), HttpStatusCode.Created);
        var listed = await DocumentHost.ExpectAsync(Host.ListAsync(Auditor, caseId));
        using var download = await Host.DownloadAsync(Auditor, uploaded.GetProperty("id").GetGuid());
        using var links = await Host.LinksAsync(Auditor, caseId);

        Assert.Equal("审核记录.pdf", Assert.Single(listed.EnumerateArray()).GetProperty("fileName").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(2_500, (await download.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(HttpStatusCode.OK, links.StatusCode);
        var journal = await Host.Api.JournalAsync(caseId);
        Assert.Contains(journal, e => e.GetProperty("type").GetString() == "document.downloaded" && e.GetProperty("actor").GetString() == Auditor);
    }

    [Fact]
    public async Task DocAccess_ProposedMemberAndShopperAllowedButExpertOutsideTheTeamRefused()
    {
        var (caseId, number) = await Host.CaseWithTeamAsync();

        using var proposed = await Host.ListAsync(Auditor, caseId);
        using var shopper = await Host.ListAsync("auditor2@demo.local", caseId);
        using var expert = await Host.ListAsync("expert@demo.local", caseId);

        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shopper.StatusCode);
        await DocumentHost.AssertDocAccessRefusedAsync(expert, number);
    }

    [Theory]
    [InlineData(DocumentHost.Manager)]
    [InlineData("tc@demo.local")]
    [InlineData("decider@demo.local")]
    public async Task DocAccess_CaseWideRole_MayUploadListAndDownloadAnyCase(string user)
    {
        var (caseId, _) = await Host.Api.OpenCaseAsync();

        var uploaded = await DocumentHost.ExpectAsync(Host.UploadAsync(user, caseId, "决定依据.pdf", GeneratedFileStream.Pdf(1_500)), HttpStatusCode.Created);
        var listed = await DocumentHost.ExpectAsync(Host.ListAsync(user, caseId));
        using var download = await Host.DownloadAsync(user, uploaded.GetProperty("id").GetGuid());

        Assert.Single(listed.EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }
}
