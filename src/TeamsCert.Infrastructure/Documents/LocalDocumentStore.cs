namespace TeamsCert.Infrastructure.Documents;

/// <summary>
/// Documents as files under a folder (the default store). A write goes to a partial file first and is moved into place
/// only when complete, without overwriting, so a failed or refused upload never leaves a document behind.
/// </summary>
public sealed class LocalDocumentStore(string root) : IDocumentStore
{
    private const int BufferSize = 81920;
    private const string PartialSuffix = ".partial";

    private readonly string _root = Path.GetFullPath(root);

    public string Provider => "Local";

    public async Task WriteAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + PartialSuffix;
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                await content.CopyToAsync(file, BufferSize, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }

            File.Move(partial, path, overwrite: false);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult<Stream>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true));

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PathOf(key)) || File.Exists(PathOf(key) + PartialSuffix));

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        File.Delete(PathOf(key) + PartialSuffix);
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    public Task<Uri?> GetDownloadUriAsync(string key, string fileName, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        Task.FromResult<Uri?>(null);

    private string PathOf(string key)
    {
        // Keys are made by DocumentUploads from checked names; this is the last line against leaving the folder.
        var path = Path.GetFullPath(Path.Combine(_root, key));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException("The document key leaves the store's folder.", nameof(key));
    }
}
