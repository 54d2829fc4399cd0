using TeamsCert.Domain;
using TeamsCert.Domain.Applications;
using TeamsCert.Domain.Workflow.Applications;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Errors;

namespace TeamsCert.Web.Portal;

/// <summary>
/// <c>POST /portal/{token}</c>: the applicant saves a draft (<c>intent=draft</c>: stored, the page comes back with it) or
/// submits the link's form. Every answer is checked first; a refusal shows the page again with the input kept and each
/// problem named (400, or 409 for a rule). With required materials missing, the page first comes back with what is
/// missing and what follows, and only <c>confirmIncomplete=true</c> submits (when the scheme's review allows a
/// deficiency notice at all). An accepted submission completes the step through the runtime with the receipt e-mail in
/// the same transaction (idempotent per link and step, so a double click acts once), spends the link and shows the receipt.
/// </summary>
public static class PortalSubmitEndpoint
{
    public static async Task SubmitAsync(string token, HttpContext http, SharedLinkResolver resolver, PortalSessions sessions, PortalDrafts drafts,
        CaseActions actions, TimeProvider time, CancellationToken ct)
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
        var posted = await ReadFormAsync(http, ct);
        if (posted.GetValueOrDefault("intent") == "draft")
        {
            var saved = await drafts.SaveAsync(state.Case.Id, state.Step.Id, posted, ct);
            var notice = chrome.T($"草稿已保存（北京时间 {Texts.UiLanguage.Time(saved)}）。用同一链接再次打开即可继续填写。",
                $"Draft saved ({Texts.UiLanguage.Time(saved)} Beijing time). Open the same link again to carry on.");
            await PortalEndpoints.WriteAsync(http, StatusCodes.Status200OK, PortalFormView.Render(state with { Values = posted, Notice = notice, DraftSavedAt = saved }), ct);
            return;
        }

        var submission = PortalSubmission.From(state, posted);
        if (submission.Errors.Count > 0)
        {
            await PortalEndpoints.WriteAsync(http, StatusCodes.Status400BadRequest, PortalFormView.Render(state with { Values = posted, Errors = submission.Errors }), ct);
            return;
        }

        var missing = Missing(state);
        if (missing.Count > 0 && !PortalNextSteps.MayGoInIncomplete(state.RuleSet))
        {
            var error = new FormError("documents", chrome.T("本认证项目要求提交全部必需材料后才能提交申请。", "This scheme needs every required item before the application can be submitted."));
            await PortalEndpoints.WriteAsync(http, StatusCodes.Status409Conflict, PortalFormView.Render(state with { Values = posted, Errors = [error] }), ct);
            return;
        }

        if (missing.Count > 0 && posted.GetValueOrDefault("confirmIncomplete") != "true")
        {
            await PortalEndpoints.WriteAsync(http, StatusCodes.Status200OK, PortalFormView.Render(state with { Values = posted, MissingToConfirm = missing }), ct);
            return;
        }

        var link = resolution.Link!;
        var now = time.GetUtcNow();
        try
        {
            var (@case, _) = await actions.ActAsync(state.Case.Id, state.Step.Id, submission.Action, submission.Data,
                $"portal:{link.Id:N}:{state.Step.Id:N}", LinkActors.Applicant(link.Id), [PortalReceipt.Message(state, posted, now)], ct);
            await resolver.MarkCompletedAsync(link.Id, ct);
            await drafts.DeleteAsync(state.Step.Id, ct);
            await PortalEndpoints.WriteAsync(http, StatusCodes.Status200OK, PortalReceipt.Page(state, posted, @case, now), ct);
        }
        catch (Exception e) when (RefusalMap.From(e) is { Status: not 404 } refused)
        {
            // The page comes back with the input kept and the refusal beside the field it is about (or the form).
            var field = refused.Field ?? "form";
            var errors = new[] { new FormError(field.StartsWith("data.", StringComparison.Ordinal) ? field[5..] : field, refused.TextIn(chrome.Lang)) };
            await PortalEndpoints.WriteAsync(http, refused.Status, PortalFormView.Render(state with { Values = posted, Errors = errors }), ct);
        }
    }

    /// <summary>The scheme's materials the application form still lacks a file for (the form's own step only).</summary>
    public static IReadOnlyList<PortalItem> Missing(PortalState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Step.Kind != ApplicationFormHandler.StepKind
            ? []
            : [.. PortalItems.For(state.Case, state.Step, state.RuleSet).Where(i => !state.Documents.Any(d => d.Item == i.Code))];
    }

    public static async Task<IReadOnlyDictionary<string, string>> ReadFormAsync(HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Request.HasFormContentType)
        {
            return new Dictionary<string, string>();
        }

        var form = await http.Request.ReadFormAsync(ct);
        return form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
    }
}
