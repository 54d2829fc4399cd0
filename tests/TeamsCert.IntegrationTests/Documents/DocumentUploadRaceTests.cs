using System.Net;
using System.Security.Cryptography;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Documents;

/// <summary>
/// Uploads racing each other and step actions on one case, through the hosted app on each real database (see the
/// subclasses): every upload lands as its own gap-free version, each body stored once, nothing orphaned.
/// </summary>
public abstract class DocumentUploadRaceTests<TDatabase> : FreshDatabaseTests<TDatabase>, IDisposable
    where TDatabase : TestDatabase, new()
{
    private const int Uploads = 8;
    private DocumentHost? _host;

    private DocumentHost Host => _host ??= new DocumentHost(Database);

    public void Dispose()
    {
        _host?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Upload_SameNameInParallelWithTeamAcceptances_AllLandAsVersions1ToNWithTheirHashes()
    {
        var (caseId, _) = await Host.CaseWithTeamAsync();
        var lengths = Enumerable.Range(1, Uploads).Select(i => 1_000 + (i * 137)).ToList();
        var expected = lengths.ToDictionary(l => GeneratedFileStream.Sha256Of(() => GeneratedFileStream.Pdf(l)), l => (long)l);
        using var start = new SemaphoreSlim(0);

        var uploads = lengths.Select(l => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await DocumentHost.ExpectAsync(Host.UploadAsync(DocumentHost.Reviewer, caseId, "体系文件.pdf", GeneratedFileStream.Pdf(l)), HttpStatusCode.Created);
        })).ToList();
        var actions = new[] { "leader@demo.local", "auditor@demo.local" }.Select(member => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await AcceptAsync(caseId, member);
        })).ToList();
        start.Release(uploads.Count + actions.Count);
        await Task.WhenAll(uploads);
        await Task.WhenAll(actions);

        var listed = (await DocumentHost.ExpectAsync(Host.ListAsync(DocumentHost.Manager, caseId))).EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, Uploads), listed.Select(d => d.GetProperty("version").GetInt32()).Order());
        Assert.Equal(expected.Keys.Order(), listed.Select(d => d.GetProperty("sha256").GetString()!).Order());
        foreach (var document in listed)
        {
            using var download = await Host.DownloadAsync(DocumentHost.Manager, document.GetProperty("id").GetGuid());
            var bytes = await download.Content.ReadAsByteArrayAsync();
            Assert.Equal(document.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(expected[document.GetProperty("sha256").GetString()!], bytes.LongLength);
        }

        Assert.Equal(Uploads, Host.StoredFiles().Length);
        var journal = await Host.Api.JournalAsync(caseId);
        var journaled = journal.Where(e => e.GetProperty("type").GetString() == "document.uploaded").ToList();
        Assert.Equal(Enumerable.Range(1, Uploads).Select(v => $"{v}"), journaled.Select(e => e.GetProperty("data").GetProperty("version").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(2, journal.Count(e => e.GetProperty("type").GetString() == "step.completed"
            && e.GetProperty("data").GetProperty("kind").GetString() == "team-acceptance"));
        Assert.True(await Host.Api.JournalVerifiesAsync(caseId));
    }

    // A step action retries a few times itself, then answers 409 "try again" (as a person would): under this burst, do so.
    private async Task<int> AcceptAsync(Guid caseId, string member)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var response = await Host.AcceptTeamAsync(caseId, member);
            if (response.StatusCode != HttpStatusCode.Conflict || attempt == 5)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return attempt;
            }
        }
    }
}
