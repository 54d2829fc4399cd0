namespace TeamsCert.Infrastructure.Documents;

/// <summary>Section <c>Documents:Blob</c>: an Azure Storage account by connection string or by URI with managed identity.</summary>
public sealed class BlobDocumentStoreOptions
{
    public const string Section = "Documents:Blob";

    /// <summary>A storage connection string (account key or SAS, or Azurite's). Secret.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The blob service URI, used with DefaultAzureCredential (managed identity) when there is no connection string.</summary>
    public Uri? ServiceUri { get; set; }

    public string Container { get; set; } = "teamscert-documents";
}
