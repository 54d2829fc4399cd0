using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCert.Domain;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Documents;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.IntegrationTests.Support;
using TeamsCert.IntegrationTests.Workflow;

namespace TeamsCert.IntegrationTests.Documents;

/// <summary>
/// The same contract for every document store (see the subclasses): streamed upload and read-back with the right
/// SHA-256, versions instead of overwrites, and refusals that leave nothing in the store or the database.
/// </summary>
public abstract class DocumentStoreContractTests : IAsyncLifetime
{
    private const long Limit = 8 * DocumentOptions.Megabyte;
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8)));
    private IDocumentStore? _store;

    protected IDocumentStore Store => _store ?? throw new InvalidOperationException("not started");

    /// <summary>True where the store gives direct download links (Blob SAS); false where the app proxies.</summary>
    protected abstract bool HasDirectLinks { get; }

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _store = await StartStoreAsync();
    }

    public async Task DisposeAsync()
    {
        await StopStoreAsync();
        await _database.DisposeAsync();
    }

    protected abstract Task<IDocumentStore> StartStoreAsync();

    protected abstract Task StopStoreAsync();

    /// <summary>Every object (and partial upload) the store holds.</summary>
    protected abstract Task<int> CountObjectsAsync();

    [Theory]
    [InlineData(2_000)]
    [InlineData(6 * 1024 * 1024 + 123)]
    public async Task UploadAsync_Pdf_ReadBackWithSameSha256(int length)
    {
        var caseId = await OpenCaseAsync();

        var row = await UploadAsync(caseId, "营业执照.pdf", GeneratedFileStream.Pdf(length));

        var expected = GeneratedFileStream.Sha256Of(() => GeneratedFileStream.Pdf(length));
        Assert.Equal((expected, length, "application/pdf", 1, Store.Provider), (row.Sha256, row.Size, row.ContentType, row.Version, row.StorageProvider));
        await using var read = await Store.OpenReadAsync(row.StorageKey);
        Assert.Equal(expected, Convert.ToHexStringLower(await SHA256.HashDataAsync(read)));
    }

    [Fact]
    public async Task UploadAsync_SameDocumentTwice_TwoVersionsAndTwoJournalEntries()
    {
        var caseId = await OpenCaseAsync();

        var first = await UploadAsync(caseId, "管理手册.pdf", GeneratedFileStream.Pdf(3_000));
        var second = await UploadAsync(caseId, "管理手册.pdf", GeneratedFileStream.Pdf(4_000));

        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.NotEqual(first.StorageKey, second.StorageKey);
        Assert.Contains(second.Id.ToString("N"), second.StorageKey, StringComparison.Ordinal);
        Assert.EndsWith("-管理手册.pdf", second.StorageKey, StringComparison.Ordinal); // no version in the key: a retried save may change it
        Assert.True(await Store.ExistsAsync(first.StorageKey));
        var journal = await new RuntimeHarness(_database, _clock).JournalAsync(caseId);
        var uploads = journal.Where(j => j.Type == "document.uploaded").ToList();
        Assert.Equal(2, uploads.Count);
        Assert.Contains("\"version\":\"2\"", uploads[1].DataJson, StringComparison.Ordinal);
        Assert.Contains(second.Sha256, uploads[1].DataJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadAsync_OverPurposeLimit_RefusedAndNothingStored()
    {
        var caseId = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => UploadAsync(caseId, "证据.pdf", GeneratedFileStream.Pdf(Limit + 1024 * 1024)));

        Assert.Equal("file", error.Field);
        Assert.Contains("MB", error.Message, StringComparison.Ordinal);
        await AssertNothingStoredAsync(caseId);
    }

    [Fact]
    public async Task UploadAsync_ContentNotMatchingExtension_RefusedAndNothingStored()
    {
        var caseId = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => UploadAsync(caseId, "报告.pdf", GeneratedFileStream.Png(5_000)));

        Assert.Equal("file", error.Field);
        Assert.Contains(".pdf", error.Message, StringComparison.Ordinal);
        await AssertNothingStoredAsync(caseId);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf")]
    [InlineData("a/b.pdf")]
    [InlineData("a\\b.pdf")]
    [InlineData("..")]
    [InlineData("CON.pdf")]
    [InlineData("bad\u0001name.pdf")]
    [InlineData("setup.exe")]
    public async Task UploadAsync_UnsafeFileName_RefusedNamingFileNameAndNothingStored(string fileName)
    {
        var caseId = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => UploadAsync(caseId, fileName, GeneratedFileStream.Pdf(1_000)));

        Assert.Equal("fileName", error.Field);
        await AssertNothingStoredAsync(caseId);
    }

    [Fact]
    public async Task WriteAsync_ExistingKey_FailsAndKeepsFirstContent()
    {
        var key = $"{Guid.NewGuid():N}/{Guid.NewGuid():N}-v1-a.txt";
        await Store.WriteAsync(key, new MemoryStream("第一版"u8.ToArray()), "text/plain");

        await Assert.ThrowsAnyAsync<Exception>(() => Store.WriteAsync(key, new MemoryStream("second"u8.ToArray()), "text/plain"));

        await using var read = await Store.OpenReadAsync(key);
        using var reader = new StreamReader(read);
        Assert.Equal("第一版", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task GetDownloadUriAsync_StoredDocument_DirectReadOnlyLinkOrProxy()
    {
        var caseId = await OpenCaseAsync();
        var row = await UploadAsync(caseId, "plan.csv", new MemoryStream("条款,结论\n1,符合\n"u8.ToArray()));

        var link = await Store.GetDownloadUriAsync(row.StorageKey, row.FileName, TimeSpan.FromMinutes(5));

        Assert.Equal("text/csv; charset=utf-8", row.ContentType);
        Assert.Equal(HasDirectLinks, link is not null);
        if (link is not null)
        {
            using var http = new HttpClient();
            Assert.Equal(row.Sha256, Convert.ToHexStringLower(SHA256.HashData(await http.GetByteArrayAsync(link))));
            using var write = await http.PutAsync(link, new ByteArrayContent([1]));
            Assert.False(write.IsSuccessStatusCode);
        }
    }

    private async Task AssertNothingStoredAsync(Guid caseId)
    {
        Assert.Equal(0, await CountObjectsAsync());
        await using var db = _database.NewContext();
        Assert.False(await db.Documents.AnyAsync(d => d.CaseId == caseId));
        Assert.DoesNotContain(await new RuntimeHarness(_database, _clock).JournalAsync(caseId), j => j.Type == "document.uploaded");
    }

    private async Task<Guid> OpenCaseAsync() => (await new RuntimeHarness(_database, _clock).OpenAsync()).Id;

    private async Task<DocumentRow> UploadAsync(Guid caseId, string fileName, Stream content)
    {
        await using var db = _database.NewContext();
        var options = new DocumentOptions();
        options.MaxBytes["required-document"] = Limit;
        var uploads = new DocumentUploads(db, new CaseStore(db, _clock), Store, Options.Create(options), _clock,
            new CaseAccessGate(NullLogger<CaseAccessGate>.Instance));
        return await uploads.UploadAsync(new DocumentUploadRequest(caseId, null, "required-document", fileName, "application/octet-stream"),
            content, RuntimeHarness.Reviewer);
    }
}
