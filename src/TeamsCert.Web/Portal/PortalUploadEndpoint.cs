using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using TeamsCert.Domain;
using TeamsCert.Infrastructure.Documents;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Web.Documents;

namespace TeamsCert.Web.Portal;

/// <summary>
/// <c>POST /portal/{token}/documents?item=</c>: one file for one checklist item of the link's step, streamed to the store
/// (raw body with <c>X-File-Name</c> from the page's script, or a plain multipart form). The script gets JSON (201 with
/// the stored version, or a problem naming the field); a plain form is sent back to the page (303), or shown the page
/// with the reason (400). A refused file stores nothing.
/// </summary>
public static class PortalUploadEndpoint
{
    public static async Task<IResult> UploadAsync(string token, string? item, HttpContext http, SharedLinkResolver resolver, PortalSessions sessions,
        DocumentUploads uploads, IOptions<DocumentOptions> options, CancellationToken ct)
    {
        PortalEndpoints.Secure(http);
        var chrome = PortalChrome.For(http, $"/portal/{token}");
        var json = http.Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);
        var resolution = await resolver.ResolveAsync(token, ct);
        if (resolution.Refusal is { } refusal)
        {
            var (status, page) = PortalPages.Refused(refusal, chrome, token, resolution.Case);
            return json
                ? Results.Json(new { title = chrome.T("链接不可用", "Link not usable"), detail = PortalPages.Describe(refusal, chrome), code = SharedLinkResolver.Code(refusal) }, statusCode: status)
                : Results.Content(page, "text/html; charset=utf-8", statusCode: status);
        }

        var state = await sessions.StateAsync(token, resolution, chrome, ct);
        try
        {
            var target = PortalItems.For(state.Case, state.Step, state.RuleSet).FirstOrDefault(i => i.Code == item)
                ?? throw new InvalidInputException("item", "此链接不接受该项目的文件 / this link takes no files for that item");
            UploadBody.AllowUpTo(http, options.Value.MaxBytes[target.DocumentPurpose]);
            var body = await UploadBody.ReadAsync(http.Request, ct);
            var request = new DocumentUploadRequest(state.Case.Id, state.Step.Id, target.DocumentPurpose, body.FileName, body.ContentType, body.Length)
            {
                Item = target.Code,
                SharedLinkId = resolution.Link!.Id,
            };
            var row = await uploads.UploadAsync(request, body.Content, LinkActors.Applicant(resolution.Link!.Id), ct);
            return json
                ? Results.Json(new { id = row.Id, item = row.Item, fileName = row.FileName, version = row.Version, size = row.Size, withdraw = state.WithdrawAction(row.Id) },
                    statusCode: StatusCodes.Status201Created)
                : SeeOther(http, $"/portal/{token}#documents");
        }
        catch (InvalidInputException e)
        {
            return json
                ? Results.Json(new { title = chrome.T("上传被拒绝", "Upload refused"), detail = chrome.Lang.Pick(e.Message), field = e.Field }, statusCode: StatusCodes.Status400BadRequest)
                : Results.Content(PortalFormView.Render(state with { Banner = e.Message }), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static IResult SeeOther(HttpContext http, string location)
    {
        http.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
