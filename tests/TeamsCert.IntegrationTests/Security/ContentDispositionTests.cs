using System.Net;
using TeamsCert.Infrastructure.Documents;
using TeamsCert.IntegrationTests.Documents;
using TeamsCert.IntegrationTests.Support;

namespace TeamsCert.IntegrationTests.Security;

/// <summary>Issue 12, item 3: every download is an attachment named safely (RFC 6266 filename* in UTF-8, a clean ASCII fallback).</summary>
public sealed class ContentDispositionTests
{
    [Fact]
    public async Task DocumentDownload_ChineseName_AttachmentWithUtf8NameAndAsciiFallback()
    {
        using var factory = new TeamsCertFactory();
        using var client = factory.ClientFor("reviewer@demo.local");
        var caseId = await DocumentApiTests.OpenCaseAsync(client);
        var document = await DocumentApiTests.UploadRawAsync(client, caseId, "体系文件 2025.pdf", GeneratedFileStream.Pdf(1_000), HttpStatusCode.Created);

        using var download = await client.GetAsync(new Uri($"/api/documents/{document.GetProperty("id")}/content", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment; filename=\"____ 2025.pdf\"; filename*=UTF-8''%E4%BD%93%E7%B3%BB%E6%96%87%E4%BB%B6%202025.pdf",
            download.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("invoice\u202Efdp.txt", "attachment; filename=\"invoicefdp.txt\"; filename*=UTF-8''invoicefdp.txt")]
    [InlineData("a\u200Bb\u2066c\uFEFF.pdf", "attachment; filename=\"abc.pdf\"; filename*=UTF-8''abc.pdf")]
    [InlineData("line\r\nbreak\t\0.pdf", "attachment; filename=\"linebreak.pdf\"; filename*=UTF-8''linebreak.pdf")]
    [InlineData("say \"hi\"; 100%\\x.pdf", "attachment; filename=\"say _hi__ 100__x.pdf\"; filename*=UTF-8''say%20%22hi%22%3B%20100%25_x.pdf")]
    [InlineData("../../etc/passwd", "attachment; filename=\"_.._etc_passwd\"; filename*=UTF-8''_.._etc_passwd")]
    [InlineData("\u202E", "attachment; filename=\"download\"; filename*=UTF-8''download")]
    [InlineData("报告.xlsx", "attachment; filename=\"__.xlsx\"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.xlsx")]
    public void Attachment_UnsafeName_InvisibleAndControlCharactersRemovedFallbackAscii(string fileName, string expected) =>
        Assert.Equal(expected, ContentDispositions.Attachment(fileName));
}
