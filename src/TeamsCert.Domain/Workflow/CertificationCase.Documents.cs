namespace TeamsCert.Domain.Workflow;

/// <summary>Documents stored for a case: every upload and every staff download is a journal event.</summary>
public sealed partial class CertificationCase
{
    /// <summary>Records <c>document.uploaded</c> (who, when, purpose, file, version, hash) for the store to save with the document's row.</summary>
    public void DocumentUploaded(Actor actor, DateTimeOffset now, IReadOnlyDictionary<string, string> details) =>
        Record("document.uploaded", actor, now, null, null, details);

    /// <summary>
    /// Records <c>document.withdrawn</c>: the applicant removed an uploaded file from their submission before submitting
    /// (the file is kept, never overwritten; it no longer counts for its item).
    /// </summary>
    public void DocumentWithdrawn(Actor actor, DateTimeOffset now, IReadOnlyDictionary<string, string> details) =>
        Record("document.withdrawn", actor, now, null, null, details);

    /// <summary>Records <c>document.downloaded</c>: a staff member opened a stored document.</summary>
    public void DocumentDownloaded(Actor actor, DateTimeOffset now, IReadOnlyDictionary<string, string> details) =>
        Record("document.downloaded", actor, now, null, null, details);
}
