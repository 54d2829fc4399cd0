using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Infrastructure.Links;

/// <summary>
/// The portal's way in: turns a token into a usable link or a typed refusal. A use updates the link's last use and count
/// and is journaled (<c>link.used</c>); a refusal of a known link is journaled (<c>link.refused</c>, reason) and
/// nothing else is stored; an unknown token stores nothing at all.
/// </summary>
public sealed class SharedLinkResolver(TeamsCertDbContext db, CaseStore store, TimeProvider time)
{
    public async Task<SharedLinkResolution> ResolveAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!SharedLinkTokens.IsWellFormed(token))
        {
            return SharedLinkResolution.NotFound;
        }

        var hash = SharedLinkTokens.Hash(token!);
        var found = await db.SharedLinks.AsNoTracking().Where(l => l.TokenHash == hash).Select(l => new { l.Id, l.CaseId }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return SharedLinkResolution.NotFound;
        }

        try
        {
            return await UseAsync(found.Id, found.CaseId, cancellationToken);
        }
        catch (CaseNotFoundException)
        {
            return SharedLinkResolution.NotFound;
        }
    }

    // Records the use (or the refusal) on the link's case, read once by the unit of work.
    private async Task<SharedLinkResolution> UseAsync(Guid linkId, Guid caseId, CancellationToken cancellationToken)
    {
        var change = await new CaseUnitOfWork(store, time).ChangeAsync(caseId, async (@case, ct) =>
        {
            var link = await db.SharedLinks.FirstAsync(l => l.Id == linkId, ct);
            var now = time.GetUtcNow().ToUniversalTime();
            var step = link.StepId is { } stepId ? @case.Steps.FirstOrDefault(s => s.Id == stepId) : null;
            var refusal = Check(link, step, now);
            var data = new Dictionary<string, string> { ["linkId"] = link.Id.ToString("D"), ["purpose"] = link.Purpose };
            if (refusal is { } refused)
            {
                data["refusal"] = Code(refused);
                @case.RecordLink("link.refused", LinkActors.Applicant(link.Id), now, Code(refused), data);
            }
            else
            {
                link.LastUsedAt = now;
                link.UseCount++;
                @case.RecordLink("link.used", LinkActors.Applicant(link.Id), now, null, data);
            }

            return (Refusal: refusal, Link: link, Step: refusal is null ? step : null);
        }, cancellationToken: cancellationToken);
        return new SharedLinkResolution(change.Value.Refusal, change.Value.Link, change.Case, change.Value.Step);
    }

    /// <summary>Marks a link spent once its purpose's step is completed (journaled <c>link.completed</c>); true if it changed.</summary>
    public async Task<bool> MarkCompletedAsync(Guid linkId, CancellationToken cancellationToken = default)
    {
        var caseId = await db.SharedLinks.Where(l => l.Id == linkId).Select(l => (Guid?)l.CaseId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new LinkNotFoundException(linkId);
        var change = await new CaseUnitOfWork(store, time).ChangeAsync(caseId, async (@case, ct) =>
        {
            var link = await db.SharedLinks.FirstAsync(l => l.Id == linkId, ct);
            if (link.CompletedAt is not null)
            {
                return false;
            }

            var now = time.GetUtcNow().ToUniversalTime();
            link.CompletedAt = now;
            @case.RecordLink("link.completed", Actor.System, now, null,
                new Dictionary<string, string> { ["linkId"] = link.Id.ToString("D"), ["purpose"] = link.Purpose });
            return true;
        }, cancellationToken: cancellationToken);
        return change.Value;
    }

    public static string Code(SharedLinkRefusal refusal) => refusal switch
    {
        SharedLinkRefusal.Expired => "expired",
        SharedLinkRefusal.Revoked => "revoked",
        SharedLinkRefusal.Completed => "completed",
        _ => "not-found",
    };

    private static SharedLinkRefusal? Check(SharedLinkRow link, PendingStep? step, DateTimeOffset now)
    {
        if (link.RevokedAt is not null)
        {
            return SharedLinkRefusal.Revoked;
        }

        if (link.CompletedAt is not null || step is null || step.Status != StepStatus.Open)
        {
            return SharedLinkRefusal.Completed;
        }

        return now >= link.ExpiresAt ? SharedLinkRefusal.Expired : null;
    }
}
