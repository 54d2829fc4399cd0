using Azure;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;

namespace TeamsCert.Infrastructure.Documents;

/// <summary>
/// Documents as block blobs in one container. Uploads are sent in 4 MB blocks one at a time (memory stays flat) and only
/// if the blob does not exist yet; downloads are 5-minute read-only SAS links (account key or user delegation key).
/// </summary>
public sealed class BlobDocumentStore : IDocumentStore, IDisposable
{
    private const int BlockSize = 4 * 1024 * 1024;

    private readonly BlobServiceClient _service;
    private readonly BlobContainerClient _container;
    private readonly SemaphoreSlim _created = new(1, 1);
    private bool _exists;

    public BlobDocumentStore(BlobDocumentStoreOptions options)
    {
        // Pinned so the SDK talks a version Azurite 3.35 and every current Azure region accept.
        var clientOptions = new BlobClientOptions(BlobClientOptions.ServiceVersion.V2025_11_05);
        _service = !string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(options.ConnectionString, clientOptions)
            : new BlobServiceClient(options.ServiceUri, new DefaultAzureCredential(), clientOptions);
        _container = _service.GetBlobContainerClient(options.Container);
    }

    public string Provider => "Blob";

    public async Task WriteAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        await EnsureContainerAsync(cancellationToken);
        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            TransferOptions = new Azure.Storage.StorageTransferOptions
            {
                InitialTransferSize = BlockSize,
                MaximumTransferSize = BlockSize,
                MaximumConcurrency = 1,
            },
        };
        await _container.GetBlobClient(key).UploadAsync(content, upload, cancellationToken);
    }

    public async Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken = default) =>
        await _container.GetBlobClient(key).OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), cancellationToken);

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) =>
        await _container.GetBlobClient(key).ExistsAsync(cancellationToken);

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        // A refused upload left at most uncommitted blocks, which the service drops; a committed blob is deleted.
        if (_exists || await _container.ExistsAsync(cancellationToken))
        {
            await _container.GetBlobClient(key).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        }
    }

    public async Task<Uri?> GetDownloadUriAsync(string key, string fileName, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var blob = _container.GetBlobClient(key);
        var expiresOn = DateTimeOffset.UtcNow.Add(lifetime);
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, expiresOn)
        {
            BlobContainerName = _container.Name,
            BlobName = key,
            Resource = "b",
            ContentDisposition = ContentDispositions.Attachment(fileName),
        };
        if (blob.CanGenerateSasUri)
        {
            return blob.GenerateSasUri(sas);
        }

        // Managed identity: sign with a user delegation key instead of an account key.
        var delegation = await _service.GetUserDelegationKeyAsync(DateTimeOffset.UtcNow.AddMinutes(-5), expiresOn, cancellationToken);
        var query = sas.ToSasQueryParameters(delegation.Value, _service.AccountName);
        return new BlobUriBuilder(blob.Uri) { Sas = query }.ToUri();
    }

    public void Dispose() => _created.Dispose();

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_exists)
        {
            return;
        }

        await _created.WaitAsync(cancellationToken);
        try
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _exists = true;
        }
        finally
        {
            _created.Release();
        }
    }
}
