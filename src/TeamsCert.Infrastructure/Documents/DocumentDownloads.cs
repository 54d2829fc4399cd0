using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Documents;

/// <summary>
/// Staff reading documents: lists a case's versions, and opens one after journaling <c>document.downloaded</c>, as a
/// short-lived direct link where the store has one (Blob SAS) or as a stream for the web app to proxy. Only staff that
/// <see cref="CaseAccessGate"/> lets read the case's documents (<c>DOC-ACCESS</c>, <c>DOC-STAFF</c>); a refusal journals nothing.
/// </summary>
public sealed class DocumentDownloads(TeamsCertDbContext db, CaseStore cases, IDocumentStore store, IOptions<DocumentOptions> options, TimeProvider time,
    CaseAccessGate access)
{
    public async Task<IReadOnlyList<DocumentRow>> ListAsync(Guid caseId, Actor reader, CancellationToken cancellationToken = default)
    {
        var @case = await cases.LoadAsync(caseId, cancellationToken) ?? throw new CaseNotFoundException(caseId);
        access.Ensure(@case, reader, CaseOperation.ReadDocuments, "documents.list");
        return await db.Documents.AsNoTracking().Where(d => d.CaseId == caseId)
            .OrderBy(d => d.Purpose).ThenBy(d => d.FileName).ThenBy(d => d.Version).ToListAsync(cancellationToken);
    }

    /// <returns>The document, and either a direct link or an open stream (the caller disposes it).</returns>
    public async Task<(DocumentRow Document, Uri? Link, Stream? Content)> OpenAsync(Guid documentId, Actor reader, CancellationToken cancellationToken = default)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken)
            ?? throw new DocumentNotFoundException(documentId);
        var @case = await cases.LoadAsync(document.CaseId, cancellationToken) ?? throw new CaseNotFoundException(document.CaseId);
        access.Ensure(@case, reader, CaseOperation.ReadDocuments, "documents.download");
        @case.DocumentDownloaded(reader, time.GetUtcNow(), new Dictionary<string, string>
        {
            ["documentId"] = document.Id.ToString(),
            ["fileName"] = document.FileName,
            ["version"] = document.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await cases.SaveAsync(@case, cancellationToken: cancellationToken);
        var lifetime = TimeSpan.FromMinutes(options.Value.DownloadLinkMinutes);
        var link = await store.GetDownloadUriAsync(document.StorageKey, document.FileName, lifetime, cancellationToken);
        return link is not null ? (document, link, null) : (document, null, await store.OpenReadAsync(document.StorageKey, cancellationToken));
    }
}
