using TeamsCert.Domain;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Teams;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.Infrastructure.Workflow;

/// <summary>
/// The two things people do to cases: open one from an application, and act on a pending step. Acting retries on a
/// concurrent change, so of two people deciding the same step exactly one wins and the other is told who and when.
/// </summary>
public sealed class CaseActions(CaseStore store, RulesRuntime rules, TimeProvider time,
    IStaffDirectory? staff = null, ICertificateSequence? certificates = null)
{
    private const int Attempts = 5;

    public Task<CertificationCase> OpenAsync(OpenCaseRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        OpenNewAsync(request.Scheme, (process, number, now) => process.Open(request, number, actor, now), cancellationToken);

    /// <summary>Opens a case that waits for the applicant's application form (see <see cref="CaseProcess.Invite"/>).</summary>
    public Task<CertificationCase> InviteAsync(InvitationRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        OpenNewAsync(request.Scheme, (process, number, now) => process.Invite(request, number, actor, now), cancellationToken);

    /// <returns>The case after the action, and whether it was a replay of an action already applied.</returns>
    public Task<(CertificationCase Case, bool Replayed)> ActAsync(
        Guid caseId, Guid stepId, string action, IReadOnlyDictionary<string, string> data, string? idempotencyKey, Actor actor,
        CancellationToken cancellationToken = default) =>
        ActAsync(caseId, stepId, action, data, idempotencyKey, actor, null, cancellationToken);

    /// <param name="alsoSend">Messages to save with the action, in its transaction (e.g. the bot's card update).</param>
    /// <returns>The case after the action, and whether it was a replay of an action already applied.</returns>
    public async Task<(CertificationCase Case, bool Replayed)> ActAsync(
        Guid caseId, Guid stepId, string action, IReadOnlyDictionary<string, string> data, string? idempotencyKey, Actor actor,
        IReadOnlyList<OutboundMessage>? alsoSend, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (idempotencyKey is not null && await store.IdempotencyKeyUsedAsync(idempotencyKey, cancellationToken))
            {
                return (await LoadAsync(caseId, cancellationToken), true);
            }

            var @case = await LoadAsync(caseId, cancellationToken);
            var ruleSet = rules.Schemes.Version(@case.Scheme, @case.RuleSetVersion);
            Process(ruleSet).Act(@case, stepId, action, data, actor, time.GetUtcNow());
            foreach (var message in alsoSend ?? [])
            {
                @case.AlsoSend(message);
            }

            var key = idempotencyKey is null ? null : new IdempotencyRow
            {
                Key = idempotencyKey,
                CaseId = caseId,
                StepId = stepId,
                ActorId = actor.Id,
                Action = action,
                CreatedAt = time.GetUtcNow().ToUniversalTime(),
            };
            try
            {
                await store.SaveAsync(@case, key, cancellationToken);
                return (@case, false);
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                // Someone else saved first: reload; if they decided this very step, EnsureCanAct now says who and when.
                store.Reset();
            }
        }
    }

    /// <summary>Reassigns (manager) or delegates (current assignee) a pending step; journaled with the reason.</summary>
    public async Task<CertificationCase> AssignAsync(Guid caseId, Guid stepId, string assignee, string reason, Actor actor, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var @case = await LoadAsync(caseId, cancellationToken);
            @case.Reassign(stepId, assignee, reason, actor, time.GetUtcNow());
            try
            {
                await store.SaveAsync(@case, cancellationToken: cancellationToken);
                return @case;
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                store.Reset();
            }
        }
    }

    private CaseProcess Process(SchemeRuleSet ruleSet) => new(ruleSet, rules.Calendar, staff: staff, certificates: certificates);

    private async Task<CertificationCase> LoadAsync(Guid caseId, CancellationToken cancellationToken) =>
        await store.LoadAsync(caseId, cancellationToken) ?? throw new CaseNotFoundException(caseId);

    private async Task<CertificationCase> OpenNewAsync(string scheme, Func<CaseProcess, string, DateTimeOffset, CertificationCase> open,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = ShanghaiTime.Today(time);
        var ruleSet = rules.Schemes.ForNewApplication(scheme, today);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var number = await store.NextNumberAsync(ruleSet.Scheme, today.Year, cancellationToken);
                var @case = open(Process(ruleSet), number, now);
                await store.SaveAsync(@case, cancellationToken: cancellationToken);
                return @case;
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                // Two applications took the same number at once: take the next one.
                store.Reset();
            }
        }
    }
}
