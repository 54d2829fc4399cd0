namespace TeamsCert.Infrastructure.Documents;

/// <summary>What an upload says about itself; the content arrives as a stream beside it.</summary>
/// <param name="DeclaredContentType">What the client claimed; not trusted: the stored type is the sniffed one.</param>
/// <param name="DeclaredLength">The length the request announced, if any, so an oversize file is refused before reading.</param>
public sealed record DocumentUploadRequest(Guid CaseId, Guid? StepId, string Purpose, string FileName, string? DeclaredContentType, long? DeclaredLength = null)
{
    /// <summary>The checklist item the file answers (a material code, a finding), or null.</summary>
    public string? Item { get; init; }

    /// <summary>
    /// The shared link that already authorised this upload (the portal resolved it to this case and step); the uploader
    /// is then that link's applicant and the staff access policy does not apply. Null for staff uploads.
    /// </summary>
    public Guid? SharedLinkId { get; init; }
}
