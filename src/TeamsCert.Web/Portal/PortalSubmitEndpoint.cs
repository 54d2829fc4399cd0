using TeamsCert.Domain;
using TeamsCert.Domain.Applications;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Errors;

namespace TeamsCert.Web.Portal;

/// <summary>
/// <c>POST /portal/{token}</c>: the applicant submits the link's form. Every answer is checked first; a refusal shows the
/// page again with the input kept and each problem named (400, or 409 for a rule). An accepted submission completes
/// the step through the runtime (idempotent per link and step, so a double click acts once) and spends the link.
/// </summary>
public static class PortalSubmitEndpoint
{
    public static async Task SubmitAsync(string token, HttpContext http, SharedLinkResolver resolver, PortalSessions sessions, CaseActions actions,
        CancellationToken ct)
    {
        var resolution = await resolver.ResolveAsync(token, ct);
        if (resolution.Refusal is { } refusal)
        {
            var (status, page) = PortalPages.Refused(refusal, resolution.Case);
            await PortalEndpoints.WriteAsync(http, status, page, ct);
            return;
        }

        var state = await sessions.StateAsync(token, resolution, ct);
        var posted = await ReadFormAsync(http, ct);
        var submission = PortalSubmission.From(state, posted);
        if (submission.Errors.Count > 0)
        {
            await PortalEndpoints.WriteAsync(http, StatusCodes.Status400BadRequest, PortalFormView.Render(state with { Values = posted, Errors = submission.Errors }), ct);
            return;
        }

        var link = resolution.Link!;
        try
        {
            var (@case, _) = await actions.ActAsync(state.Case.Id, state.Step.Id, submission.Action, submission.Data,
                $"portal:{link.Id:N}:{state.Step.Id:N}", LinkActors.Applicant(link.Id), ct);
            await resolver.MarkCompletedAsync(link.Id, ct);
            await PortalEndpoints.WriteAsync(http, StatusCodes.Status200OK, PortalPages.Submitted(@case, link.Purpose), ct);
        }
        catch (Exception e) when (RefusalMap.From(e) is { Status: not 404 } refused)
        {
            // The page comes back with the input kept and the refusal beside the field it is about (or the form).
            var field = refused.Field ?? "form";
            var errors = new[] { new FormError(field.StartsWith("data.", StringComparison.Ordinal) ? field[5..] : field, refused.Message) };
            await PortalEndpoints.WriteAsync(http, refused.Status, PortalFormView.Render(state with { Values = posted, Errors = errors }), ct);
        }
    }

    private static async Task<IReadOnlyDictionary<string, string>> ReadFormAsync(HttpContext http, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
        {
            return new Dictionary<string, string>();
        }

        var form = await http.Request.ReadFormAsync(ct);
        return form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
    }
}
