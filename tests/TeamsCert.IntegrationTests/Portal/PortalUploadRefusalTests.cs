using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TeamsCert.IntegrationTests.Documents;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Portal;

/// <summary>Every refused portal upload says why, naming the field, and stores nothing: no row, no journal entry, no bytes.</summary>
public sealed class PortalUploadRefusalTests : IDisposable
{
    private readonly TeamsCertFactory _factory = new();
    private readonly WebApplicationFactory<Program> _app;

    public PortalUploadRefusalTests() => _app = _factory.WithWebHostBuilder(b => b.UseSetting("Documents:MaxBytes:required-document", "100000"));

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }

    [Theory]
    [InlineData("businessLicence", "营业执照.pdf", "pdf", 200_000, "file", "0.1 MB")]
    [InlineData("businessLicence", "营业执照.pdf", "png", 5_000, "file", "不符")]
    [InlineData("businessLicence", "../../etc/营业执照.pdf", "pdf", 5_000, "fileName", "")]
    [InlineData("applicationForm", "申请书.pdf", "pdf", 5_000, "item", "不接受该项目")]
    [InlineData("../businessLicence", "营业执照.pdf", "pdf", 5_000, "item", "")]
    public async Task Upload_Refused_400NamingFieldAndNothingStored(string item, string fileName, string kind, int length, string field, string says)
    {
        var (caseId, _, portal) = await InviteAsync();
        var journalBefore = (await PortalClient.JournalAsync(Staff, caseId)).Count(e => e.GetProperty("type").GetString() == "document.uploaded");

        var (response, body) = await portal.UploadAsync(item, fileName, kind == "png" ? GeneratedFileStream.Png(length) : GeneratedFileStream.Pdf(length));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, body.GetProperty("field").GetString());
        Assert.Contains(says, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await PortalClient.DocumentsAsync(_app, caseId));
        Assert.Equal(0, StoredFiles());
        Assert.Equal(journalBefore, (await PortalClient.JournalAsync(Staff, caseId)).Count(e => e.GetProperty("type").GetString() == "document.uploaded"));
    }

    [Fact]
    public async Task Upload_ExpiredRevokedOrTamperedLink_RefusedWithCodeAndNothingStored()
    {
        var (caseId, linkId, portal) = await InviteAsync();
        var tampered = new PortalClient(_app, portal.Token[..^2] + (portal.Token[^2..] == "AA" ? "BB" : "AA"));

        var (forged, forgedBody) = await tampered.UploadAsync("businessLicence", "营业执照.pdf", GeneratedFileStream.Pdf(5_000));
        _factory.Clock.Advance(TimeSpan.FromDays(15));
        var (expired, expiredBody) = await portal.UploadAsync("businessLicence", "营业执照.pdf", GeneratedFileStream.Pdf(5_000));
        using var page = await portal.PageAsync();

        Assert.Equal((HttpStatusCode.NotFound, "not-found"), (forged.StatusCode, forgedBody.GetProperty("code").GetString()));
        Assert.Equal((HttpStatusCode.Gone, "expired"), (expired.StatusCode, expiredBody.GetProperty("code").GetString()));
        Assert.Contains("链接已过期", expiredBody.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Empty(await PortalClient.DocumentsAsync(_app, caseId));
        Assert.Equal(0, StoredFiles());
        Assert.NotEqual(Guid.Empty, linkId);
    }

    [Fact]
    public async Task Upload_PlainMultipartForm_303BackToThePageOrThePageWithTheReason()
    {
        var (caseId, _, portal) = await InviteAsync();
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var accepted = await client.PostAsync(new Uri($"/portal/{portal.Token}/documents?item=serviceList", UriKind.Relative), Multipart("服务清单.pdf", GeneratedFileStream.Pdf(3_000)));
        using var refused = await client.PostAsync(new Uri($"/portal/{portal.Token}/documents?item=serviceList", UriKind.Relative), Multipart("服务清单.pdf", GeneratedFileStream.Png(3_000)));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        Assert.Equal($"/portal/{portal.Token}#documents", accepted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("class=\"error\"", html, StringComparison.Ordinal);
        Assert.Contains("不符", html, StringComparison.Ordinal);
        Assert.Equal("serviceList", Assert.Single(await PortalClient.DocumentsAsync(_app, caseId)).Item);
    }

    private HttpClient Staff => LinkApiClient("reviewer@demo.local");

    private HttpClient LinkApiClient(string user)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Dev-User", user);
        return client;
    }

    private Task<(Guid CaseId, Guid LinkId, PortalClient Portal)> InviteAsync() => PortalApplicationFormTests.InviteAsync(Staff, _app);

    private int StoredFiles()
    {
        var folder = Path.Combine(_factory.DataFolder, "documents");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length : 0;
    }

    private static MultipartFormDataContent Multipart(string fileName, Stream file)
    {
        var form = new MultipartFormDataContent();
        var part = new StreamContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "file", fileName);
        return form;
    }
}
