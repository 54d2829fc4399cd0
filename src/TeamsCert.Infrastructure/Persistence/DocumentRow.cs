namespace TeamsCert.Infrastructure.Persistence;

/// <summary>One stored version of a case document: what it is, who sent it, its hash and where its bytes are.</summary>
public sealed class DocumentRow
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid? StepId { get; set; }

    public string Purpose { get; set; } = "";

    /// <summary>The checklist item the document answers: a material code of the scheme or a finding; null for other uploads.</summary>
    public string? Item { get; set; }

    public string FileName { get; set; } = "";

    /// <summary>The type sniffed from the content, not the one the client declared.</summary>
    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>1 for the first upload of a (case, purpose, file name), then 2, 3 …; never overwritten.</summary>
    public int Version { get; set; }

    public string StorageProvider { get; set; } = "";

    public string StorageKey { get; set; } = "";

    public string UploaderId { get; set; } = "";

    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>
    /// When the applicant removed the file from their submission before submitting (the bytes and the row stay; the
    /// removal is journaled as <c>document.withdrawn</c>); null while the document counts.
    /// </summary>
    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>Who removed it (the applicant's link actor).</summary>
    public string? WithdrawnBy { get; set; }
}
