namespace TeamsCert.Infrastructure.Documents;

/// <summary>What an upload says about itself; the content arrives as a stream beside it.</summary>
/// <param name="DeclaredContentType">What the client claimed; not trusted: the stored type is the sniffed one.</param>
/// <param name="DeclaredLength">The length the request announced, if any, so an oversize file is refused before reading.</param>
public sealed record DocumentUploadRequest(Guid CaseId, Guid? StepId, string Purpose, string FileName, string? DeclaredContentType, long? DeclaredLength = null)
{
    /// <summary>The checklist item the file answers (a material code, a finding), or null.</summary>
    public string? Item { get; init; }
}
