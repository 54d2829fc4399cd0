using Azure.Storage.Blobs;
using TeamsCert.Infrastructure.Documents;

namespace TeamsCert.IntegrationTests.Documents;

/// <summary>The document store contract on Azure Blob storage, against a real Azurite (fails, never skips, without it).</summary>
public sealed class AzuriteBlobDocumentStoreTests(AzuriteFixture azurite) : DocumentStoreContractTests, IClassFixture<AzuriteFixture>
{
    private readonly string _container = $"docs-{Guid.NewGuid():N}";

    protected override bool HasDirectLinks => true;

    protected override Task<IDocumentStore> StartStoreAsync() =>
        Task.FromResult<IDocumentStore>(new BlobDocumentStore(new BlobDocumentStoreOptions { ConnectionString = azurite.Server.ConnectionString, Container = _container }));

    protected override Task StopStoreAsync()
    {
        (Store as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    protected override async Task<int> CountObjectsAsync()
    {
        var container = new BlobContainerClient(azurite.Server.ConnectionString, _container);
        if (!await container.ExistsAsync())
        {
            return 0;
        }

        var count = 0;
        await foreach (var _ in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.Uncommitted, null, default))
        {
            count++;
        }

        return count;
    }
}
