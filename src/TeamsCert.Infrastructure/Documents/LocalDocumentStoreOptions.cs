namespace TeamsCert.Infrastructure.Documents;

/// <summary>Section <c>Documents:Local</c>: the folder of the local store.</summary>
public sealed class LocalDocumentStoreOptions
{
    public const string Section = "Documents:Local";

    /// <summary>Default <c>{App:DataFolder}/documents</c>.</summary>
    public string? Path { get; set; }
}
