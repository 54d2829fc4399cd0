using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Documents;

/// <summary>The document API with <c>Documents:Provider=Blob</c> on a real Azurite: a download is a 302 to a read-only SAS.</summary>
public sealed class AzuriteBlobDocumentApiTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly TeamsCertFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task GetContent_BlobProvider_302ToShortLivedSasWithSameBytes()
    {
        using var app = _factory.WithWebHostBuilder(b => b
            .UseSetting("Documents:Provider", "Blob")
            .UseSetting("Documents:Blob:ConnectionString", azurite.Server.ConnectionString)
            .UseSetting("Documents:Blob:Container", $"api-{Guid.NewGuid():N}"));
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Dev-User", "reviewer@demo.local");
        var caseId = await DocumentApiTests.OpenCaseAsync(client);
        var document = await DocumentApiTests.UploadRawAsync(client, caseId, "证书.pdf", GeneratedFileStream.Pdf(5 * 1024 * 1024), HttpStatusCode.Created);

        using var response = await client.GetAsync(new Uri($"/api/documents/{document.GetProperty("id")}/content", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sas = response.Headers.Location!;
        Assert.Contains("sp=r", sas.Query, StringComparison.Ordinal);
        Assert.Contains("se=", sas.Query, StringComparison.Ordinal);
        using var http = new HttpClient();
        var bytes = await http.GetByteArrayAsync(sas);
        Assert.Equal(document.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal("Blob", document.GetProperty("storageProvider").GetString());
    }
}
