namespace TeamsCert.Infrastructure.Documents;

/// <summary>
/// Where document bytes live (a local folder, Azure Blob or a SharePoint library). Keys are made by
/// <see cref="DocumentUploads"/> and never reused: a write to a key that exists fails instead of overwriting.
/// </summary>
public interface IDocumentStore
{
    /// <summary><c>Local</c>, <c>Blob</c> or <c>SharePoint</c>: recorded with each document.</summary>
    string Provider { get; }

    /// <summary>Streams <paramref name="content"/> to <paramref name="key"/> without holding the whole file in memory.</summary>
    Task WriteAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>A read stream over the stored bytes; the caller disposes it.</summary>
    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Removes the object and any partial upload; a missing key is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// A short-lived, read-only link straight to the storage (a SAS URI for Blob), or <c>null</c> when the web app
    /// must proxy the download (Local, SharePoint).
    /// </summary>
    Task<Uri?> GetDownloadUriAsync(string key, string fileName, TimeSpan lifetime, CancellationToken cancellationToken = default);
}
