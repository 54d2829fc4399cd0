using System.Net;
using System.Security.Cryptography;
using Azure.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Documents;

/// <summary>The document API with <c>Documents:Provider=SharePoint</c>, Graph being <see cref="FakeGraphServer"/>: a download is proxied.</summary>
public sealed class FakeGraphSharePointDocumentApiTests : IAsyncLifetime, IDisposable
{
    private readonly TeamsCertFactory _factory = new();
    private FakeGraphServer? _graph;

    public async Task InitializeAsync() => _graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_graph is not null)
        {
            await _graph.DisposeAsync();
        }
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task GetContent_SharePointProvider_ProxiedStreamWithSameBytesAndFilesInCaseFolder()
    {
        using var app = _factory.WithWebHostBuilder(b => b
            .UseSetting("Documents:Provider", "SharePoint")
            .UseSetting("Documents:SharePoint:DriveId", FakeGraphServer.DriveId)
            .UseSetting("Documents:SharePoint:GraphBaseUrl", _graph!.GraphBaseUrl.ToString())
            .ConfigureTestServices(s => s.AddSingleton<TokenCredential>(new FakeGraphToken())));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Dev-User", "reviewer@demo.local");
        var caseId = await DocumentApiTests.OpenCaseAsync(client);

        var document = await DocumentApiTests.UploadRawAsync(client, caseId, "整改证据.pdf", GeneratedFileStream.Pdf(6 * 1024 * 1024), HttpStatusCode.Created);
        using var response = await client.GetAsync(new Uri($"/api/documents/{document.GetProperty("id")}/content", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(document.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(await response.Content.ReadAsByteArrayAsync())));
        Assert.Equal("SharePoint", document.GetProperty("storageProvider").GetString());
        Assert.Single(_graph!.Files.Keys, k => k.StartsWith($"TeamsCert/{caseId:N}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_SharePointWithoutDriveOrSite_FailsNamingTheKey()
    {
        using var app = _factory.WithWebHostBuilder(b => b.UseSetting("Documents:Provider", "SharePoint"));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Documents:SharePoint:DriveId", error.ToString(), StringComparison.Ordinal);
    }
}
