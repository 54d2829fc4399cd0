using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Infrastructure.Documents;

/// <summary>
/// Stores one uploaded file as a new document version: checks the name, purpose, size and real type while streaming,
/// hashes it, then saves its row and the case's <c>document.uploaded</c> journal event in one transaction; a concurrent
/// change to the case retries that save (<see cref="CaseUnitOfWork"/>), never the file. Only staff that <see cref="CaseAccessGate"/> lets upload to
/// the case may (<c>DOC-ACCESS</c>, <c>DOC-STAFF</c>). Every refusal and every failed save deletes what was written, so nothing is
/// stored unless everything is.
/// </summary>
public sealed class DocumentUploads(TeamsCertDbContext db, CaseStore cases, IDocumentStore store, IOptions<DocumentOptions> options, TimeProvider time,
    CaseAccessGate access)
{
    private const string FileField = "file";

    public async Task<DocumentRow> UploadAsync(DocumentUploadRequest request, Stream content, Actor uploader, CancellationToken cancellationToken = default)
    {
        var fileName = FileNameRules.EnsureSafe(request.FileName);
        var maxBytes = MaxBytes(request.Purpose);
        if (request.DeclaredLength > maxBytes)
        {
            throw new InvalidInputException(FileField, DocumentTooLargeException.Describe(maxBytes));
        }

        var @case = await cases.LoadAsync(request.CaseId, cancellationToken) ?? throw new CaseNotFoundException(request.CaseId);
        if (request.SharedLinkId is not { } linkId || uploader.Id != $"applicant:{linkId:D}")
        {
            // Staff uploads: the per-case policy. The portal's applicant was authorised by the link to this case and step.
            access.Ensure(@case, uploader, CaseOperation.UploadDocuments, "documents.upload");
        }

        if (request.StepId is { } stepId)
        {
            @case.Step(stepId);
        }

        var head = new byte[ContentSniffer.HeadLength];
        var headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (headLength == 0)
        {
            throw new InvalidInputException(FileField, "文件为空 / the file is empty");
        }

        var contentType = ContentSniffer.Sniff(fileName, head.AsSpan(0, headLength), headLength < head.Length)
            ?? throw new InvalidInputException(FileField,
                $"文件内容与扩展名 {Path.GetExtension(fileName)} 不符 / the file's content does not match its extension {Path.GetExtension(fileName)}");

        var row = new DocumentRow
        {
            Id = Guid.NewGuid(),
            CaseId = request.CaseId,
            StepId = request.StepId,
            Purpose = request.Purpose,
            Item = request.Item,
            FileName = fileName,
            ContentType = contentType,
            StorageProvider = store.Provider,
            UploaderId = uploader.Id,
        };

        // No version in the key: the version is only known when the row is saved, and a retry may change it.
        row.StorageKey = string.Create(CultureInfo.InvariantCulture, $"{row.CaseId:N}/{row.Id:N}-{fileName}");

        await using (var metered = new MeteredUploadStream(head.AsMemory(0, headLength), content, maxBytes))
        {
            try
            {
                await store.WriteAsync(row.StorageKey, metered, contentType, cancellationToken);
            }
            catch (Exception) when (metered.Exceeded)
            {
                await store.DeleteAsync(row.StorageKey, CancellationToken.None);
                throw new InvalidInputException(FileField, DocumentTooLargeException.Describe(maxBytes));
            }
            catch
            {
                await store.DeleteAsync(row.StorageKey, CancellationToken.None);
                throw;
            }

            row.Size = metered.BytesRead;
            row.Sha256 = metered.Sha256Hex();
        }

        try
        {
            await RecordAsync(row, uploader, cancellationToken);
        }
        catch
        {
            await store.DeleteAsync(row.StorageKey, CancellationToken.None);
            throw;
        }

        return row;
    }

    // The body is stored under its key already: a lost race (the case moved on, or another upload took this version)
    // records only the row and the journal event again, on the case as it is now, never the file.
    private Task<CaseChange<bool>> RecordAsync(DocumentRow row, Actor uploader, CancellationToken cancellationToken) =>
        new CaseUnitOfWork(cases, time).ChangeAsync(row.CaseId, async (@case, ct) =>
        {
            row.Version = 1 + (await db.Documents.Where(d => d.CaseId == row.CaseId && d.Purpose == row.Purpose && d.FileName == row.FileName)
                .Select(d => (int?)d.Version).MaxAsync(ct) ?? 0);
            var now = time.GetUtcNow();
            row.UploadedAt = now.ToUniversalTime();
            @case.DocumentUploaded(uploader, now, new Dictionary<string, string>
            {
                ["documentId"] = row.Id.ToString(),
                ["purpose"] = row.Purpose,
                ["fileName"] = row.FileName,
                ["version"] = row.Version.ToString(CultureInfo.InvariantCulture),
                ["size"] = row.Size.ToString(CultureInfo.InvariantCulture),
                ["sha256"] = row.Sha256,
                ["contentType"] = row.ContentType,
                ["stepId"] = row.StepId?.ToString() ?? "",
                ["item"] = row.Item ?? "",
            });

            // The row joins the case's SaveChanges: the journal event and the document exist together or not at all.
            db.Documents.Add(row);
            return true;
        }, cancellationToken: cancellationToken);

    private long MaxBytes(string? purpose) =>
        purpose is not null && options.Value.MaxBytes.TryGetValue(purpose, out var max)
            ? max
            : throw new InvalidInputException("purpose",
                $"用途必须是以下之一：{string.Join(", ", options.Value.MaxBytes.Keys)} / purpose must be one of: {string.Join(", ", options.Value.MaxBytes.Keys)}");
}
