using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Documents;
using TeamsCert.Web.Identity;

namespace TeamsCert.Web.Documents;

/// <summary>
/// Staff upload, list and open case documents where <see cref="CaseAccessGate"/> lets them (403 <c>DOC-STAFF</c> for
/// applicants, <c>DOC-ACCESS</c> on someone else's case). Uploads stream to the store; downloads are journaled.
/// </summary>
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Documents");
        group.MapPost("/cases/{id:guid}/documents", UploadAsync).WithSummary("Upload a document (multipart or raw body with X-File-Name); a new version, never an overwrite")
            .DisableAntiforgery();
        group.MapGet("/cases/{id:guid}/documents", ListAsync).WithSummary("A case's documents, every version");
        group.MapGet("/documents/{docId:guid}/content", ContentAsync).WithSummary("Open a document: proxied stream, or 302 to a short-lived read-only link");
        return app;
    }

    private static async Task<IResult> UploadAsync(Guid id, string? purpose, Guid? stepId, HttpContext http, DocumentUploads uploads,
        IOptions<DocumentOptions> options, CaseAccessGate access, CancellationToken ct)
    {
        // The role first, before the body is read; the case itself is checked by the upload.
        var actor = http.User.ToActor();
        access.Ensure(actor, CaseOperation.UploadDocuments, "api.documents.upload");
        if (purpose is not null && options.Value.MaxBytes.TryGetValue(purpose, out var max))
        {
            UploadBody.AllowUpTo(http, max);
        }

        var body = await UploadBody.ReadAsync(http.Request, ct);
        var request = new DocumentUploadRequest(id, stepId, purpose ?? "", body.FileName, body.ContentType, body.Length);
        var row = await uploads.UploadAsync(request, body.Content, actor, ct);
        return Results.Created($"/api/documents/{row.Id}/content", DocumentView.From(row));
    }

    private static async Task<IResult> ListAsync(Guid id, HttpContext http, DocumentDownloads downloads, CancellationToken ct) =>
        Results.Ok((await downloads.ListAsync(id, http.User.ToActor(), ct)).Select(DocumentView.From));

    private static async Task<IResult> ContentAsync(Guid docId, HttpContext http, DocumentDownloads downloads, CaseAccessGate access, CancellationToken ct)
    {
        // The role first, so an applicant learns nothing about which document ids exist.
        var actor = http.User.ToActor();
        access.Ensure(actor, CaseOperation.ReadDocuments, "api.documents.download");
        var (document, link, content) = await downloads.OpenAsync(docId, actor, ct);
        if (link is not null)
        {
            return Results.Redirect(link.ToString());
        }

        http.Response.Headers.ContentDisposition = ContentDispositions.Attachment(document.FileName);
        return Results.Stream(content!, document.ContentType, enableRangeProcessing: false);
    }
}
