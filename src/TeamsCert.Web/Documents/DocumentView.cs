using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Web.Documents;

/// <summary>A stored document version as the API shows it (no storage key: that stays on the server).</summary>
public sealed record DocumentView(Guid Id, Guid CaseId, Guid? StepId, string Purpose, string FileName, string ContentType, long Size,
    string Sha256, int Version, string StorageProvider, string UploaderId, DateTimeOffset UploadedAt, string? Item)
{
    public static DocumentView From(DocumentRow d) =>
        new(d.Id, d.CaseId, d.StepId, d.Purpose, d.FileName, d.ContentType, d.Size, d.Sha256, d.Version, d.StorageProvider, d.UploaderId, d.UploadedAt, d.Item);
}
