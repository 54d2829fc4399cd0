using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Infrastructure.Links;

/// <summary>
/// The portal's way in: turns a token into a usable link or a typed refusal. Neither is journaled, as neither changes
/// the case (an anonymous flood on a dead link must not grow the journal or bump the case's version): a use counts on
/// the link's own row (last use, use count) and is logged; a refusal of a known link is logged with the link id (never
/// the token) and stores nothing; an unknown token stores nothing at all. What a submission changes is journaled by the
/// step it completes.
/// </summary>
public sealed partial class SharedLinkResolver(TeamsCertDbContext db, CaseStore store, TimeProvider time, ILogger<SharedLinkResolver>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<SharedLinkResolver>.Instance;

    public async Task<SharedLinkResolution> ResolveAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!SharedLinkTokens.IsWellFormed(token))
        {
            return SharedLinkResolution.NotFound;
        }

        var hash = SharedLinkTokens.Hash(token!);
        var link = await db.SharedLinks.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link is null || await store.LoadAsync(link.CaseId, cancellationToken) is not { } @case)
        {
            return SharedLinkResolution.NotFound;
        }

        var now = time.GetUtcNow().ToUniversalTime();
        var step = link.StepId is { } stepId ? @case.Steps.FirstOrDefault(s => s.Id == stepId) : null;
        if (Check(link, step, now) is { } refused)
        {
            var reason = Code(refused);
            Refused(_logger, link.Id, link.CaseId, reason);
            return new SharedLinkResolution(refused, link, @case, null);
        }

        // One statement, so concurrent uses each count; the case is not touched.
        await db.SharedLinks.Where(l => l.Id == link.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UseCount, l => l.UseCount + 1).SetProperty(l => l.LastUsedAt, now), cancellationToken);
        (link.UseCount, link.LastUsedAt) = (link.UseCount + 1, now);
        Used(_logger, link.Id, link.CaseId);
        return new SharedLinkResolution(null, link, @case, step);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Portal link {LinkId} of case {CaseId} refused: {Reason}")]
    private static partial void Refused(ILogger logger, Guid linkId, Guid caseId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Portal link {LinkId} of case {CaseId} used")]
    private static partial void Used(ILogger logger, Guid linkId, Guid caseId);
}
