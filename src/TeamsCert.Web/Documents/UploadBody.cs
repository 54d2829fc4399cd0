using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using TeamsCert.Domain;

namespace TeamsCert.Web.Documents;

/// <summary>
/// The file of an upload request, read as a stream: the first file part of a multipart/form-data body (MultipartReader,
/// no form buffering), or the raw body named by the <c>X-File-Name</c> header (percent-encoded for non-ASCII names).
/// </summary>
public sealed record UploadBody(string FileName, string? ContentType, Stream Content, long? Length)
{
    // Room for multipart boundaries and part headers above the file's own limit.
    private const long EnvelopeBytes = 64 * 1024;

    /// <summary>
    /// Lets the request body be as long as a file of <paramref name="maxBytes"/> plus its envelope. Kestrel would refuse a
    /// longer body at the first read: an announced longer one is refused here, naming the field, before anything is read.
    /// </summary>
    public static void AllowUpTo(HttpContext http, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + EnvelopeBytes;
        }

        if (http.Request.ContentLength > maxBytes + EnvelopeBytes)
        {
            throw new InvalidInputException("file", Infrastructure.Documents.DocumentTooLargeException.Describe(maxBytes));
        }
    }

    public static async Task<UploadBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value
                ?? throw new InvalidInputException("file", "multipart 请求缺少 boundary / the multipart request has no boundary");
            // No reader limit (its default is 128 MB): the endpoint's body limit and the purpose's size limit apply.
            var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
                {
                    var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                    return new UploadBody(name, section.ContentType, section.Body, null);
                }
            }

            throw new InvalidInputException("file", "请求中没有文件 / the request holds no file");
        }

        var header = request.Headers["X-File-Name"].FirstOrDefault();
        if (string.IsNullOrEmpty(header))
        {
            throw new InvalidInputException("fileName", "请在 X-File-Name 头中提供文件名 / give the file name in the X-File-Name header");
        }

        return new UploadBody(Uri.UnescapeDataString(header), request.ContentType, request.Body, request.ContentLength);
    }
}
