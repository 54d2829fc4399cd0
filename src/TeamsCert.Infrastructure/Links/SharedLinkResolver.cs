using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Links;

/// <summary>
/// The portal's way in: turns a token into a usable link or a typed refusal. A use updates the link's last use and count
/// and is journaled (<c>link.used</c>); a refusal of a known link is journaled (<c>link.refused</c>, reason) and
/// nothing else is stored; an unknown token stores nothing at all.
/// </summary>
public sealed class SharedLinkResolver(TeamsCertDbContext db, CaseStore store, TimeProvider time)
{
    private const int Attempts = 5;

    public async Task<SharedLinkResolution> ResolveAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!SharedLinkTokens.IsWellFormed(token))
        {
            return SharedLinkResolution.NotFound;
        }

        var hash = SharedLinkTokens.Hash(token!);
        for (var attempt = 1; ; attempt++)
        {
            var link = await db.SharedLinks.FirstOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
            if (link is null || await store.LoadAsync(link.CaseId, cancellationToken) is not { } @case)
            {
                return SharedLinkResolution.NotFound;
            }

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

            try
            {
                await store.SaveAsync(@case, cancellationToken: cancellationToken);
                return new SharedLinkResolution(refusal, link, @case, refusal is null ? step : null);
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                store.Reset();
            }
        }
    }

    /// <summary>Marks a link spent once its purpose's step is completed (journaled <c>link.completed</c>); true if it changed.</summary>
    public async Task<bool> MarkCompletedAsync(Guid linkId, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var link = await db.SharedLinks.FirstOrDefaultAsync(l => l.Id == linkId, cancellationToken) ?? throw new LinkNotFoundException(linkId);
            if (link.CompletedAt is not null)
            {
                return false;
            }

            var @case = await store.LoadAsync(link.CaseId, cancellationToken) ?? throw new CaseNotFoundException(link.CaseId);
            var now = time.GetUtcNow().ToUniversalTime();
            link.CompletedAt = now;
            @case.RecordLink("link.completed", Actor.System, now, null,
                new Dictionary<string, string> { ["linkId"] = link.Id.ToString("D"), ["purpose"] = link.Purpose });
            try
            {
                await store.SaveAsync(@case, cancellationToken: cancellationToken);
                return true;
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                store.Reset();
            }
        }
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
