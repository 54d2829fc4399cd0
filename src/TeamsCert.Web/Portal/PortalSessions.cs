using Microsoft.EntityFrameworkCore;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.Web.Portal;

/// <summary>Builds a portal page's state for a usable link: its scheme version's rules and the files sent for its step.</summary>
public sealed class PortalSessions(TeamsCertDbContext db, RulesRuntime rules)
{
    public async Task<PortalState> StateAsync(string token, SharedLinkResolution resolution, CancellationToken ct)
    {
        var @case = resolution.Case!;
        var step = resolution.Step!;
        var documents = await db.Documents.AsNoTracking().Where(d => d.CaseId == @case.Id && d.StepId == step.Id).ToListAsync(ct);
        return new PortalState(token, resolution.Link!, @case, step, rules.Schemes.Version(@case.Scheme, @case.RuleSetVersion),
            [.. documents.OrderBy(d => d.UploadedAt)]);
    }
}
