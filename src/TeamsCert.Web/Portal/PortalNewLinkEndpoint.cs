using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Links.Runtime;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Web.Portal;

/// <summary>
/// <c>POST /portal/{token}/new-link</c>, "send me a new link" on an expired or revoked link's page: an outbound message
/// (<c>applicant-link-requested</c>) to the role that manages the link's purpose (application reviewers for the form,
/// programme managers after it), queued through the case's unit of work, at most once per link and Beijing day. Its own
/// per-IP limit (<c>Portal:NewLinkRequestsPerMinute</c>, default 3). The answer is the same page for every token, known
/// or not, so it tells a stranger nothing about any case.
/// </summary>
public static class PortalNewLinkEndpoint
{
    public const string RateLimitPolicy = "portal-new-link";
    public const string MessageKind = "applicant-link-requested";

    public static async Task RequestAsync(string token, HttpContext http, SharedLinkResolver resolver, TeamsCertDbContext db, CaseStore store, TimeProvider time,
        CancellationToken ct)
    {
        var chrome = PortalChrome.For(http, $"/portal/{token}");
        var resolution = await resolver.ResolveAsync(token, ct);
        if (resolution is { Refusal: SharedLinkRefusal.Expired or SharedLinkRefusal.Revoked, Link: { } link, Case: { } @case })
        {
            var day = ShanghaiTime.Today(time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var key = $"{@case.Id}:{MessageKind}:{link.Id:N}:{day}";
            if (!await db.Outbox.AsNoTracking().AnyAsync(o => o.IdempotencyKey == key, ct))
            {
                var data = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["caseId"] = @case.Id.ToString("D"),
                    ["caseNumber"] = @case.Number,
                    ["organization"] = @case.Organization,
                    ["linkId"] = link.Id.ToString("D"),
                    ["purpose"] = link.Purpose,
                    ["reason"] = SharedLinkResolver.Code(resolution.Refusal.Value),
                };

                // Checked again inside the change: a twin request that committed first makes this one's rerun a no-op.
                await new CaseUnitOfWork(store, time).ChangeAsync(@case.Id, async (c, t) =>
                {
                    if (!await db.Outbox.AsNoTracking().AnyAsync(o => o.IdempotencyKey == key, t))
                    {
                        c.AlsoSend(new OutboundMessage(key, MessageKind, LinkNotices.RecipientFor(link.Purpose), data));
                    }

                    return true;
                }, cancellationToken: ct);
            }
        }

        await PortalEndpoints.WriteAsync(http, StatusCodes.Status200OK, PortalPages.NewLinkRequested(chrome), ct);
    }
}
