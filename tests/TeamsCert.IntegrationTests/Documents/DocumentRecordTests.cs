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
/// The database side of documents on each real database (see the subclasses): version numbering, the row and its
/// journal event in one save with an intact hash chain, the unique version index, and refusals that write no row.
/// </summary>
public abstract class DocumentRecordTests<TDatabase> : FreshDatabaseTests<TDatabase>, IDisposable
    where TDatabase : TestDatabase, new()
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8)));
    private readonly string _folder = Directory.CreateTempSubdirectory("teamscert-docs-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task UploadAsync_SameFileThreeTimes_Versions123AndJournalChainIntact()
    {
        var caseId = (await new RuntimeHarness(Database, _clock).OpenAsync()).Id;

        foreach (var length in new[] { 1_000, 2_000, 3_000 })
        {
            await UploadAsync(caseId, "质量手册.pdf", length);
        }

        await using var db = Database.NewContext();
        var rows = await db.Documents.Where(d => d.CaseId == caseId).OrderBy(d => d.Version).ToListAsync();
        Assert.Equal([1, 2, 3], rows.Select(r => r.Version));
        Assert.Equal(3, rows.Select(r => r.Sha256).Distinct().Count());
        var journal = await new RuntimeHarness(Database, _clock).JournalAsync(caseId);
        Assert.Equal(3, journal.Count(j => j.Type == "document.uploaded"));
        Assert.True(JournalChain.Verify(journal).Valid);
    }

    [Fact]
    public async Task SaveChanges_DuplicateVersion_RefusedByUniqueIndex()
    {
        var caseId = (await new RuntimeHarness(Database, _clock).OpenAsync()).Id;
        var first = await UploadAsync(caseId, "a.pdf", 1_000);

        await using var db = Database.NewContext();
        db.Documents.Add(new DocumentRow
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            Purpose = first.Purpose,
            FileName = first.FileName,
            ContentType = "application/pdf",
            Sha256 = "x",
            Version = first.Version,
            StorageProvider = "Local",
            StorageKey = "k",
            UploaderId = "u",
            UploadedAt = DateTimeOffset.UtcNow,
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task UploadAsync_UnknownCase_NotFoundAndNoRow()
    {
        await Assert.ThrowsAsync<TeamsCert.Domain.Workflow.CaseNotFoundException>(() => UploadAsync(Guid.NewGuid(), "a.pdf", 1_000));

        await using var db = Database.NewContext();
        Assert.False(await db.Documents.AnyAsync());
        Assert.Empty(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task UploadAsync_OnlyHeaderOfWrongType_RefusedWithoutRow()
    {
        var caseId = (await new RuntimeHarness(Database, _clock).OpenAsync()).Id;

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => UploadAsync(caseId, "表格.xlsx", 1_000));

        Assert.Equal("file", error.Field);
        await using var db = Database.NewContext();
        Assert.False(await db.Documents.AnyAsync());
    }

    private async Task<DocumentRow> UploadAsync(Guid caseId, string fileName, int length)
    {
        await using var db = Database.NewContext();
        var uploads = new DocumentUploads(db, new CaseStore(db, _clock), new LocalDocumentStore(_folder), Options.Create(new DocumentOptions()), _clock,
            new CaseAccessGate(NullLogger<CaseAccessGate>.Instance));
        return await uploads.UploadAsync(new DocumentUploadRequest(caseId, null, "required-document", fileName, null),
            GeneratedFileStream.Pdf(length), RuntimeHarness.Reviewer);
    }
}
