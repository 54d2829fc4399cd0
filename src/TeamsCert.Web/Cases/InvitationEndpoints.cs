using TeamsCert.Domain.Links;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Identity;
using TeamsCert.Web.Links;

namespace TeamsCert.Web.Cases;

/// <summary>
/// <c>POST /api/cases/invitations</c>: staff invite an organisation to apply. The case opens waiting for the application
/// form and the answer carries the form's shared link (e-mailed to <c>contactEmail</c> when SMTP is configured). Opening
/// a case needs <see cref="CaseOperation.OpenCase"/> (<c>CASE-OPEN</c>), its link <see cref="CaseOperation.ManageLinks"/>.
/// </summary>
public static class InvitationEndpoints
{
    public static IEndpointRouteBuilder MapInvitations(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/cases/invitations", InviteAsync).WithTags("Cases")
            .WithSummary("Invite an organisation to apply: opens a case waiting for its application form and creates the form's link");
        return app;
    }

    private static async Task<IResult> InviteAsync(InvitationBody body, HttpContext http, CaseActions actions, LinkIssuer issuer, RulesRuntime rules,
        CaseStore store, CaseAccessGate access, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        access.Ensure(actor, CaseOperation.OpenCase, "api.invitations");
        if (body.CreateLink != false)
        {
            // Refused before the case exists, so a refusal leaves nothing behind.
            access.Ensure(actor, CaseOperation.ManageLinks, "api.invitations");
        }

        var request = new InvitationRequest(CaseEndpoints.ParseScheme(body.Scheme), body.Organization ?? "")
        {
            ContactEmail = body.ContactEmail,
            ContactName = body.ContactName,
        };
        var @case = await actions.InviteAsync(request, actor, ct);
        var link = body.CreateLink == false ? null
            : await issuer.IssueAsync(@case.Id, SharedLinkPurposes.ApplicationForm, body.ExpiresInDays, request.ContactEmail, actor, http.Request, ct);
        var current = await store.LoadAsync(@case.Id, ct) ?? @case;
        return Results.Created($"/api/cases/{@case.Id}", new InvitationView(CaseEndpoints.View(current, rules), link));
    }
}

/// <summary>
/// The invitation: scheme and organisation; the contact's e-mail receives the link; the link lives 1..30 days (14);
/// <c>createLink: false</c> opens the case without a link (staff create one later).
/// </summary>
public sealed record InvitationBody(string? Scheme, string? Organization, string? ContactName = null, string? ContactEmail = null, int? ExpiresInDays = null,
    bool? CreateLink = null);

/// <summary>The invited case and its application-form link (the only time the link's URL is shown), or no link when none was asked for.</summary>
public sealed record InvitationView(CaseView Case, CreatedLinkView? Link);
