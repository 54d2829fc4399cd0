using System.Globalization;
using TeamsCert.Domain;
using TeamsCert.Domain.Links;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Infrastructure.Links;

/// <summary>
/// Creates a shared link for a purpose the case's current state has a use for (<c>LINK-PURPOSE</c>), valid 1..30 days
/// (14 by default). The row and the <c>link.created</c> journal entry are saved in one transaction. The runtime's
/// variant (<see cref="CreateForRuntimeAsync"/>) creates one only while the step has no live link: the check runs on the
/// freshly loaded case, so a concurrent creation for the same case fails the version check and the retry sees it.
/// </summary>
public sealed class CreateSharedLink(TeamsCertDbContext db, CaseStore store, TimeProvider time, CaseAccessGate access)
{
    public const int DefaultDays = 14;
    public const int MaxDays = 30;

    public async Task<SharedLinkCreated> CreateAsync(Guid caseId, string? purpose, int? expiresInDays, Actor actor, CancellationToken cancellationToken = default)
    {
        // Staff: the one gate (ManageLinks, LINK-ROLE / DOC-ACCESS) before anything is read or written.
        await access.EnsureAsync(store, caseId, actor, CaseOperation.ManageLinks, "links.create", cancellationToken);
        return (await CreateAsync(caseId, purpose, expiresInDays, actor, runtime: false, cancellationToken))!;
    }

    /// <summary>
    /// A link created by the system (default validity) for the open step the purpose serves; null when the case has no
    /// such step or the step already has a live link (not expired, revoked or completed).
    /// </summary>
    public Task<SharedLinkCreated?> CreateForRuntimeAsync(Guid caseId, string purpose, CancellationToken cancellationToken = default) =>
        CreateAsync(caseId, purpose, DefaultDays, Actor.System, runtime: true, cancellationToken);

    private async Task<SharedLinkCreated?> CreateAsync(Guid caseId, string? purpose, int? expiresInDays, Actor actor, bool runtime, CancellationToken cancellationToken)
    {
        var parsed = SharedLinkPurposes.Parse(purpose);
        var days = expiresInDays ?? DefaultDays;
        if (days is < 1 or > MaxDays)
        {
            throw new InvalidInputException("expiresInDays", $"有效天数须为 1 至 {MaxDays} / expiresInDays must be 1 to {MaxDays}");
        }

        var (token, hash) = SharedLinkTokens.New();
        var id = Guid.NewGuid();
        var change = await new CaseUnitOfWork(store, time).ChangeAsync(caseId, async (@case, ct) =>
        {
            var now = time.GetUtcNow().ToUniversalTime();
            var step = runtime ? LinkPurposeRules.StepFor(@case, parsed) : LinkPurposeRules.Require(@case, parsed);
            if (step is null || (runtime && await SharedLinkStates.StepHasLiveLinkAsync(db, caseId, step.Id, now, ct)))
            {
                return null;
            }

            var link = new SharedLinkRow
            {
                Id = id,
                CaseId = caseId,
                Purpose = parsed,
                StepId = step.Id,
                TokenHash = hash,
                CreatedBy = actor.Id,
                CreatedAt = now,
                ExpiresAt = now.AddDays(days),
            };
            db.SharedLinks.Add(link);
            @case.RecordLink("link.created", actor, now, null, new Dictionary<string, string>
            {
                ["linkId"] = id.ToString("D"),
                ["purpose"] = parsed,
                ["stepId"] = step.Id.ToString("D"),
                ["expiresAt"] = link.ExpiresAt.ToString("O", CultureInfo.InvariantCulture),
            });
            return link;
        }, cancellationToken: cancellationToken);
        return change.Value is { } created ? new SharedLinkCreated(created, token, change.Case.Number, change.Case.Organization) : null;
    }
}
