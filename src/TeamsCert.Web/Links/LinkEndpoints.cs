using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Web.Identity;

namespace TeamsCert.Web.Links;

/// <summary>
/// Staff create, list and revoke the applicant's shared links: listing is <see cref="CaseOperation.ListLinks"/>, creating
/// and revoking <see cref="CaseOperation.ManageLinks"/> (checked by the use cases), all through <see cref="CaseAccessGate"/>.
/// </summary>
public static class LinkEndpoints
{
    public static IEndpointRouteBuilder MapLinks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/cases/{id:guid}/links", CreateAsync).WithTags("Links").WithSummary("Create a shared link for the applicant (optionally e-mailed)");
        app.MapGet("/api/cases/{id:guid}/links", ListAsync).WithTags("Links").WithSummary("The case's shared links (never their tokens)");
        app.MapDelete("/api/links/{id:guid}", RevokeAsync).WithTags("Links").WithSummary("Revoke a shared link");
        return app;
    }

    private static async Task<IResult> CreateAsync(Guid id, CreateLinkBody body, HttpContext http, LinkIssuer issuer, CancellationToken ct) =>
        Results.Created($"/api/cases/{id}/links",
            await issuer.IssueAsync(id, body.Purpose, body.ExpiresInDays, body.SendTo, http.User.ToActor(), http.Request, ct));

    private static async Task<IResult> ListAsync(Guid id, HttpContext http, TeamsCertDbContext db, CaseStore store, CaseAccessGate access, TimeProvider time,
        CancellationToken ct)
    {
        await access.EnsureAsync(store, id, http.User.ToActor(), CaseOperation.ListLinks, "api.links", ct);

        var rows = await db.SharedLinks.AsNoTracking().Where(l => l.CaseId == id).ToListAsync(ct);
        var now = time.GetUtcNow().ToUniversalTime();
        return Results.Ok(rows.OrderBy(r => r.CreatedAt).Select(r => LinkView.From(r, now)));
    }

    private static async Task<IResult> RevokeAsync(Guid id, HttpContext http, RevokeSharedLink revoke, CancellationToken ct)
    {
        await revoke.RevokeAsync(id, http.User.ToActor(), cancellationToken: ct);
        return Results.NoContent();
    }
}
