using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace TeamsCert.Infrastructure.Documents;

/// <summary>
/// Documents in a SharePoint library through Microsoft Graph, a folder per case under <c>RootFolder</c>. Files up to
/// 4 MB go in one PUT; larger ones are spooled to a temporary file (memory stays flat, Graph needs the total size) and
/// sent through an upload session in 3.2 MB slices. Keys are unique per document version;
/// upload sessions also fail on a conflict instead of replacing.
/// </summary>
public sealed class SharePointDocumentStore(GraphServiceClient graph, SharePointDocumentStoreOptions options) : IDocumentStore
{
    private const int SimpleUploadLimit = 4 * 1024 * 1024;
    private const int SliceSize = 10 * 320 * 1024;

    private string? _driveId = string.IsNullOrWhiteSpace(options.DriveId) ? null : options.DriveId;

    public string Provider => "SharePoint";

    public async Task WriteAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var drive = await DriveAsync(cancellationToken);
        var head = new byte[SimpleUploadLimit + 1];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (read <= SimpleUploadLimit)
        {
            // A simple PUT would replace an existing item: refuse instead (keys are unique, so this is a last guard).
            if (await ExistsAsync(key, cancellationToken))
            {
                throw new IOException($"The library already holds {key}; documents are never overwritten.");
            }

            using var small = new MemoryStream(head, 0, read, writable: false);
            await Item(drive, key).Content.PutAsync(small, cancellationToken: cancellationToken);
            return;
        }

        var spool = Path.Combine(Path.GetTempPath(), $"teamscert-upload-{Guid.NewGuid():N}.tmp");
        await using var file = new FileStream(spool, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await file.WriteAsync(head.AsMemory(0, read), cancellationToken);
        head = [];
        await content.CopyToAsync(file, cancellationToken);
        file.Position = 0;
        var body = new CreateUploadSessionPostRequestBody
        {
            Item = new DriveItemUploadableProperties { AdditionalData = { ["@microsoft.graph.conflictBehavior"] = "fail" } },
        };
        var session = await Item(drive, key).CreateUploadSession.PostAsync(body, cancellationToken: cancellationToken)
            ?? throw new IOException("Graph did not open an upload session.");
        var task = new LargeFileUploadTask<DriveItem>(session, file, SliceSize, graph.RequestAdapter);
        var result = await task.UploadAsync(cancellationToken: cancellationToken);
        if (!result.UploadSucceeded)
        {
            throw new IOException("The upload session did not complete.");
        }
    }

    public async Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken = default) =>
        await Item(await DriveAsync(cancellationToken), key).Content.GetAsync(cancellationToken: cancellationToken)
            ?? throw new FileNotFoundException("The document is not in the library.", key);

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            return await Item(await DriveAsync(cancellationToken), key).GetAsync(cancellationToken: cancellationToken) is not null;
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return false;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            await Item(await DriveAsync(cancellationToken), key).DeleteAsync(cancellationToken: cancellationToken);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            // Never created (a refused upload stops before the session completes).
        }
    }

    /// <summary>Always <c>null</c>: library links need the viewer's own SharePoint access, so the app proxies the bytes.</summary>
    public Task<Uri?> GetDownloadUriAsync(string key, string fileName, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        Task.FromResult<Uri?>(null);

    private CustomDriveItemItemRequestBuilder Item(string drive, string key) =>
        graph.Drives[drive].Root.ItemWithPath($"{options.RootFolder.Trim('/')}/{key}");

    private async Task<string> DriveAsync(CancellationToken cancellationToken)
    {
        if (_driveId is not null)
        {
            return _driveId;
        }

        var drives = await graph.Sites[options.SiteId].Drives.GetAsync(cancellationToken: cancellationToken);
        var drive = drives?.Value?.FirstOrDefault(d => string.Equals(d.Name, options.LibraryName, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"Documents:SharePoint:LibraryName '{options.LibraryName}' is not a library of site {options.SiteId}.");
        return _driveId = drive.Id!;
    }
}
