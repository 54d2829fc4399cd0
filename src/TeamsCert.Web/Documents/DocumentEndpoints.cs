using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Documents;
using TeamsCert.Web.Identity;

namespace TeamsCert.Web.Documents;

/// <summary>
/// Staff upload, list and open case documents, on the cases <see cref="CaseAccessPolicy"/> lets them see (403
/// <c>DOC-ACCESS</c> otherwise). Uploads stream to the store; downloads are journaled.
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
        IOptions<DocumentOptions> options, CancellationToken ct)
    {
        var actor = StaffOnly(http);
        if (purpose is not null && options.Value.MaxBytes.TryGetValue(purpose, out var max))
        {
            UploadBody.AllowUpTo(http, max);
        }

        var body = await UploadBody.ReadAsync(http.Request, ct);
        var request = new DocumentUploadRequest(id, stepId, purpose ?? "", body.FileName, body.ContentType, body.Length);
        var row = await uploads.UploadAsync(request, body.Content, actor, ct);
        return Results.Created($"/api/documents/{row.Id}/content", DocumentView.From(row));
    }

    private static async Task<IResult> ListAsync(Guid id, HttpContext http, DocumentDownloads downloads, CancellationToken ct)
    {
        return Results.Ok((await downloads.ListAsync(id, StaffOnly(http), ct)).Select(DocumentView.From));
    }

    private static async Task<IResult> ContentAsync(Guid docId, HttpContext http, DocumentDownloads downloads, CancellationToken ct)
    {
        var (document, link, content) = await downloads.OpenAsync(docId, StaffOnly(http), ct);
        return link is not null
            ? Results.Redirect(link.ToString())
            : Results.Stream(content!, document.ContentType, document.FileName, enableRangeProcessing: false);
    }

    /// <summary>Applicants reach their documents through the portal's links, not through the staff API.</summary>
    private static Actor StaffOnly(HttpContext http)
    {
        var actor = http.User.ToActor();
        return actor.Roles.Count > 0 && actor.Roles.All(r => r == StaffRoles.Applicant)
            ? throw new ActorNotAllowedException("DOC-STAFF", "只有工作人员可以使用此接口 / only staff may use this API")
            : actor;
    }
}
