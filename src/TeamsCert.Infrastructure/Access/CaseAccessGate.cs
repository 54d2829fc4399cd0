using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Access;

/// <summary>
/// The one gate every staff surface calls (HTTP API, documents, links, the tab, the bot) before it shows or changes a
/// case: it asks <see cref="CaseAccessPolicy"/> (the roles × operations table) and throws its refusal. A refusal is
/// logged, not journaled: nothing was used, so the case's record stays a record of uses.
/// </summary>
public sealed partial class CaseAccessGate(ILogger<CaseAccessGate> logger)
{
    /// <summary>Refuses unless the actor may do <paramref name="operation"/> on this case.</summary>
    /// <param name="surface">Where it was attempted, for the log (e.g. <c>api.case</c>, <c>bot.step.act</c>, <c>tab.case</c>).</param>
    public void Ensure(CertificationCase @case, Actor actor, CaseOperation operation, string surface)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (!CaseAccessPolicy.May(@case, actor, operation))
        {
            throw Refuse(actor, operation, @case.Number, surface);
        }
    }

    /// <summary>Refuses unless the actor may do <paramref name="operation"/> on at least some case (lists; opening a case).</summary>
    public void Ensure(Actor actor, CaseOperation operation, string surface)
    {
        if (CaseAccessPolicy.Reach(actor, operation) == CaseReach.Never)
        {
            throw Refuse(actor, operation, null, surface);
        }
    }

    /// <summary>Loads the case (untracked for this store: the caller's use case loads it again) and refuses as <see cref="Ensure(CertificationCase, Actor, CaseOperation, string)"/>.</summary>
    public async Task<CertificationCase> EnsureAsync(CaseStore store, Guid caseId, Actor actor, CaseOperation operation, string surface,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        Ensure(actor, operation, surface);
        var @case = await store.LoadAsync(caseId, cancellationToken) ?? throw new CaseNotFoundException(caseId);
        store.Reset();
        Ensure(@case, actor, operation, surface);
        return @case;
    }

    /// <summary>How far the actor reaches for the operation (e.g. whether a page of lists is for them at all). Not logged.</summary>
    public static CaseReach Reach(Actor actor, CaseOperation operation) => CaseAccessPolicy.Reach(actor, operation);

    /// <summary>Whether the actor may; for showing or hiding a part of a page. Not logged: nothing was attempted.</summary>
    public static bool May(CertificationCase @case, Actor actor, CaseOperation operation) => CaseAccessPolicy.May(@case, actor, operation);

    /// <summary>
    /// Which cases a list may show the actor for <paramref name="operation"/> (refused outright when the role reaches none):
    /// every case, or those the actor is involved in, decided from the case rows' facts and step rows.
    /// </summary>
    public async Task<CaseFilter> FilterAsync(TeamsCertDbContext db, Actor actor, CaseOperation operation, string surface, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        Ensure(actor, operation, surface);
        if (CaseAccessPolicy.Reach(actor, operation) == CaseReach.Every)
        {
            return CaseFilter.All;
        }

        var cases = await db.Cases.AsNoTracking().Select(c => new { c.Id, c.FactsJson }).ToListAsync(cancellationToken);
        var steps = (await db.Steps.AsNoTracking().Where(s => s.AssigneeId == actor.Id || s.CompletedBy == actor.Id)
                .Select(s => new { s.CaseId, s.Kind, s.AssigneeId, s.CompletedBy }).ToListAsync(cancellationToken))
            .ToLookup(s => s.CaseId, s => new StepParticipation(s.Kind, s.AssigneeId, s.CompletedBy));
        return new CaseFilter(cases.Where(c => CaseAccessPolicy.May(CaseFactsJson.Read(c.FactsJson), steps[c.Id], actor, operation)).Select(c => c.Id).ToHashSet());
    }

    private ActorNotAllowedException Refuse(Actor actor, CaseOperation operation, string? caseNumber, string surface)
    {
        var refusal = CaseAccessPolicy.Refusal(actor, operation, caseNumber);
        Refused(logger, actor.Id, operation, caseNumber ?? "-", surface, refusal.RuleId);
        return refusal;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {ActorId} {Operation} on case {CaseNumber} via {Surface} ({RuleId})")]
    private static partial void Refused(ILogger logger, string actorId, CaseOperation operation, string caseNumber, string surface, string ruleId);
}
