using TeamsCert.Infrastructure.Documents;

namespace TeamsCert.IntegrationTests.Documents;

/// <summary>
/// The document store contract on the SharePoint store, with the Graph SDK pointed at <see cref="FakeGraphServer"/>
/// (a local server, not Graph). The library is found by name; files over 4 MB go through an upload session.
/// </summary>
public sealed class FakeGraphSharePointDocumentStoreTests : DocumentStoreContractTests
{
    private FakeGraphServer? _graph;

    protected override bool HasDirectLinks => false;

    private FakeGraphServer Graph => _graph ?? throw new InvalidOperationException("not started");

    [Fact]
    public async Task WriteAsync_LargeFile_SentThroughUploadSessionInSlices()
    {
        var key = $"{Guid.NewGuid():N}/{Guid.NewGuid():N}-v1-大文件.pdf";

        await Store.WriteAsync(key, GeneratedFileStream.Pdf(9 * 1024 * 1024), "application/pdf");

        Assert.Contains(Graph.Requests, r => r.StartsWith("POST", StringComparison.Ordinal) && r.EndsWith(":/createUploadSession", StringComparison.Ordinal));
        Assert.True(Graph.Requests.Count(r => r.StartsWith("PUT /upload/", StringComparison.Ordinal)) >= 3);
        Assert.Equal(9 * 1024 * 1024, Graph.Files[$"TeamsCert/{key}"].Length);
    }

    protected override async Task<IDocumentStore> StartStoreAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        var options = new SharePointDocumentStoreOptions
        {
            SiteId = FakeGraphServer.SiteId,
            LibraryName = FakeGraphServer.LibraryName,
            GraphBaseUrl = _graph.GraphBaseUrl,
        };
        return new SharePointDocumentStore(DocumentsServiceCollectionExtensions.GraphClient(options, new FakeGraphToken()), options);
    }

    protected override async Task StopStoreAsync()
    {
        if (_graph is not null)
        {
            await _graph.DisposeAsync();
        }
    }

    protected override Task<int> CountObjectsAsync() => Task.FromResult(Graph.Files.Count + Graph.OpenSessions);
}
