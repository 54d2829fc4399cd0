using Microsoft.AspNetCore.Mvc;
using TeamsCert.Domain;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Errors;
using TeamsCert.Web.Identity;
using TeamsCert.Web.Tab.Access;

namespace TeamsCert.Web.Tab.Actions;

/// <summary>
/// The deadlines view's buttons, as plain form posts (antiforgery-checked): reassign through
/// <see cref="CaseActions.AssignAsync"/> and remind through <see cref="StepReminders"/>, after the case-access gate
/// (ActOnStep); the domain decides who may act on the step itself.
/// Answers with a redirect back to the view carrying the outcome, or a refusal that names the rule.
/// </summary>
public static class TabActionEndpoints
{
    public static void MapTabActions(this IEndpointRouteBuilder app)
    {
        var steps = app.MapGroup("/tab/steps").RequireAuthorization(TabPolicies.Managers).ExcludeFromDescription();
        steps.MapPost("/reassign", ReassignAsync);
        steps.MapPost("/remind", RemindAsync);
    }

    private static async Task<IResult> ReassignAsync(HttpContext http, CaseActions actions, CaseStore store, CaseAccessGate access, [FromForm] Guid caseId,
        [FromForm] Guid stepId, [FromForm] string? assignee, [FromForm] string? reason, CancellationToken ct) =>
        await Outcome(http, async () =>
        {
            await access.EnsureAsync(store, caseId, http.User.ToActor(), CaseOperation.ActOnStep, "tab.step.reassign", ct);
            await actions.AssignAsync(caseId, stepId, assignee ?? "", reason ?? "", http.User.ToActor(), ct);
        }, "reassigned");

    private static async Task<IResult> RemindAsync(HttpContext http, StepReminders reminders, CaseStore store, CaseAccessGate access, [FromForm] Guid caseId,
        [FromForm] Guid stepId, [FromForm] string? note, CancellationToken ct) =>
        await Outcome(http, async () =>
        {
            await access.EnsureAsync(store, caseId, http.User.ToActor(), CaseOperation.ActOnStep, "tab.step.remind", ct);
            await reminders.RemindAsync(caseId, stepId, note, http.User.ToActor(), ct);
        }, "reminded");

    private static async Task<IResult> Outcome(HttpContext http, Func<Task> action, string done)
    {
        try
        {
            await action();
            return Results.Redirect($"/tab/deadlines?done={done}");
        }
        catch (Exception e) when (RefusalMap.From(e) is { } refusal)
        {
            // Refusals are written for users (zh-CN / en) and carry the rule or field; never an exception's internals.
            // One language, the rule id in front (Refusal.TextIn), never the field's code.
            var language = Texts.UiLanguage.From(TabUi.From(http).Lang);
            return Results.Redirect($"/tab/deadlines?error={Uri.EscapeDataString(refusal.TextIn(language))}");
        }
    }
}
