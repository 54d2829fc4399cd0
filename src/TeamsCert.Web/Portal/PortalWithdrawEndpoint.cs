using Microsoft.EntityFrameworkCore;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Web.Portal;

/// <summary>
/// <c>POST /portal/{token}/documents/{id}/withdraw</c>: the applicant removes a file they uploaded for this step before
/// submitting. Nothing is deleted or overwritten: the row is marked withdrawn (who, when) and <c>document.withdrawn</c>
/// is journaled in the same save through the case's unit of work; the file then no longer counts, is not submitted and
/// is not on the receipt. The button posts the whole form, so what was typed is kept as the draft before the page reloads (303).
/// </summary>
public static class PortalWithdrawEndpoint
{
    public static async Task WithdrawAsync(string token, Guid documentId, HttpContext http, SharedLinkResolver resolver, PortalSessions sessions, PortalDrafts drafts,
        TeamsCertDbContext db, CaseStore store, TimeProvider time, CancellationToken ct)
    {
        var chrome = PortalChrome.For(http, $"/portal/{token}");
        var resolution = await resolver.ResolveAsync(token, ct);
        if (resolution.Refusal is { } refusal)
        {
            var (status, page) = PortalPages.Refused(refusal, chrome, token, resolution.Case);
            await PortalEndpoints.WriteAsync(http, status, page, ct);
            return;
        }

        var state = await sessions.StateAsync(token, resolution, chrome, ct);
        var posted = await PortalSubmitEndpoint.ReadFormAsync(http, ct);
        if (posted.Any(p => p.Key is not ("intent" or "confirmIncomplete") && !string.IsNullOrWhiteSpace(p.Value)))
        {
            await drafts.SaveAsync(state.Case.Id, state.Step.Id, posted, ct);
        }

        var actor = LinkActors.Applicant(resolution.Link!.Id);
        var change = await new CaseUnitOfWork(store, time).ChangeAsync(state.Case.Id, async (@case, c) =>
        {
            // Only a file sent for this step's checklist, not yet removed; staff documents are never the applicant's to remove.
            var row = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId && d.CaseId == @case.Id && d.StepId == state.Step.Id
                && d.Item != null && d.WithdrawnAt == null, c);
            if (row is null)
            {
                return false;
            }

            var now = time.GetUtcNow().ToUniversalTime();
            (row.WithdrawnAt, row.WithdrawnBy) = (now, actor.Id);
            @case.DocumentWithdrawn(actor, now, new Dictionary<string, string>
            {
                ["documentId"] = row.Id.ToString("D"),
                ["item"] = row.Item ?? string.Empty,
                ["fileName"] = row.FileName,
                ["version"] = row.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["stepId"] = state.Step.Id.ToString("D"),
            });
            return true;
        }, cancellationToken: ct);

        if (!change.Value)
        {
            var banner = chrome.T("该文件不存在或已移除。", "That file does not exist or was already removed.");
            await PortalEndpoints.WriteAsync(http, StatusCodes.Status404NotFound, PortalFormView.Render(state with { Values = posted, Banner = banner }), ct);
            return;
        }

        PortalEndpoints.Secure(http);
        http.Response.StatusCode = StatusCodes.Status303SeeOther;
        http.Response.Headers.Location = $"/portal/{token}#documents";
    }
}
