using TeamsCert.Infrastructure.Documents;

namespace TeamsCert.IntegrationTests.Documents;

/// <summary>The document store contract on the local folder store (a temporary folder).</summary>
public sealed class LocalDocumentStoreTests : DocumentStoreContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teamscert-docs-").FullName;

    protected override bool HasDirectLinks => false;

    protected override Task<IDocumentStore> StartStoreAsync() => Task.FromResult<IDocumentStore>(new LocalDocumentStore(_folder));

    protected override Task StopStoreAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    protected override Task<int> CountObjectsAsync() => Task.FromResult(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Length);
}
