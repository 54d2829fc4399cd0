using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Documents;

/// <summary>The staff document API on the default local store: streamed uploads, versions, refusals, journaled downloads.</summary>
public sealed class DocumentApiTests : IDisposable
{
    private const string Reviewer = "reviewer@demo.local";
    private readonly TeamsCertFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Post_20MbRawBody_201WithMatchingSha256AndDownloadReturnsSameBytes()
    {
        const int length = 20 * 1024 * 1024;
        var client = _factory.ClientFor(Reviewer);
        var caseId = await OpenCaseAsync(client);

        var document = await UploadRawAsync(client, caseId, "体系文件 2025.pdf", GeneratedFileStream.Pdf(length), HttpStatusCode.Created);

        var expected = GeneratedFileStream.Sha256Of(() => GeneratedFileStream.Pdf(length));
        Assert.Equal((expected, length, "Local"), (document.GetProperty("sha256").GetString(), document.GetProperty("size").GetInt64(), document.GetProperty("storageProvider").GetString()));
        using var download = await client.GetAsync(new Uri($"/api/documents/{document.GetProperty("id")}/content", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        await using var body = await download.Content.ReadAsStreamAsync();
        Assert.Equal(expected, Convert.ToHexStringLower(await SHA256.HashDataAsync(body)));
        var journal = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}/journal", UriKind.Relative));
        Assert.Contains(journal.EnumerateArray(), e => e.GetProperty("type").GetString() == "document.downloaded");
    }

    [Fact]
    public async Task Post_MultipartTwice_TwoVersionsListed()
    {
        var client = _factory.ClientFor(Reviewer);
        var caseId = await OpenCaseAsync(client);

        foreach (var length in new[] { 1_000, 2_000 })
        {
            using var form = new MultipartFormDataContent();
            var part = new StreamContent(GeneratedFileStream.Pdf(length));
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, "file", "申请书.pdf");
            using var response = await client.PostAsync(new Uri($"/api/cases/{caseId}/documents?purpose=application-form", UriKind.Relative), form);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var list = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}/documents", UriKind.Relative));
        Assert.Equal([1, 2], list.EnumerateArray().Select(d => d.GetProperty("version").GetInt32()));
        Assert.All(list.EnumerateArray(), d => Assert.Equal("申请书.pdf", d.GetProperty("fileName").GetString()));
    }

    [Theory]
    [InlineData("..%2F..%2Fappsettings.pdf", "fileName")]
    [InlineData("photo.pdf", "file")]
    public async Task Post_UnsafeNameOrMismatchedContent_400NamingFieldAndNothingListed(string header, string field)
    {
        var client = _factory.ClientFor(Reviewer);
        var caseId = await OpenCaseAsync(client);

        using var content = new StreamContent(GeneratedFileStream.Png(3_000));
        content.Headers.Add("X-File-Name", header);
        using var response = await client.PostAsync(new Uri($"/api/cases/{caseId}/documents?purpose=required-document", UriKind.Relative), content);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, problem.GetProperty("field").GetString());
        var list = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/cases/{caseId}/documents", UriKind.Relative));
        Assert.Equal(0, list.GetArrayLength());
        Assert.Equal(0, StoredFiles());
    }

    [Fact]
    public async Task Post_OverConfiguredPurposeLimit_400FileAndNothingStored()
    {
        using var factory = _factory.WithWebHostBuilder(b => b.UseSetting("Documents:MaxBytes:audit-plan", "1048576"));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Dev-User", Reviewer);
        var caseId = await OpenCaseAsync(client);

        using var content = new StreamContent(GeneratedFileStream.Pdf(3 * 1024 * 1024));
        content.Headers.Add("X-File-Name", "plan.pdf");
        using var response = await client.PostAsync(new Uri($"/api/cases/{caseId}/documents?purpose=audit-plan", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("file", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal(0, StoredFiles());
    }

    [Fact]
    public async Task Post_MultipartOverLimit_400FileBeforeReading()
    {
        using var factory = _factory.WithWebHostBuilder(b => b.UseSetting("Documents:MaxBytes:audit-plan", "1048576"));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Dev-User", Reviewer);
        var caseId = await OpenCaseAsync(client);

        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(new byte[2 * 1024 * 1024]), "file", "plan.pdf");
        using var response = await client.PostAsync(new Uri($"/api/cases/{caseId}/documents?purpose=audit-plan", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("file", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal(0, StoredFiles());
    }

    [Fact]
    public async Task Post_UnknownPurpose_400NamingPurpose()
    {
        var client = _factory.ClientFor(Reviewer);
        var caseId = await OpenCaseAsync(client);

        using var content = new StreamContent(GeneratedFileStream.Pdf(1_000));
        content.Headers.Add("X-File-Name", "a.pdf");
        using var response = await client.PostAsync(new Uri($"/api/cases/{caseId}/documents?purpose=selfie", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("purpose", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    private int StoredFiles()
    {
        var folder = Path.Combine(_factory.DataFolder, "documents");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length : 0;
    }

    internal static async Task<Guid> OpenCaseAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/cases", UriKind.Relative),
            new { scheme = "TEL", organization = "北京示例呼叫中心有限公司", personnel = 120, sites = 2, scope = "呼叫中心客户服务" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    internal static async Task<JsonElement> UploadRawAsync(HttpClient client, Guid caseId, string fileName, Stream file, HttpStatusCode expected)
    {
        using var content = new StreamContent(file);
        content.Headers.Add("X-File-Name", Uri.EscapeDataString(fileName));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var response = await client.PostAsync(new Uri($"/api/cases/{caseId}/documents?purpose=required-document", UriKind.Relative), content);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
