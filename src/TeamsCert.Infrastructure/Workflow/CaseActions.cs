using TeamsCert.Domain;
using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.Infrastructure.Workflow;

/// <summary>
/// The things people do to cases: open one from an application or an invitation, act on a pending step, reassign one.
/// Each is one <see cref="CaseUnitOfWork"/> change, so of two people deciding the same step exactly one wins and the
/// other is told who and when.
/// </summary>
public sealed class CaseActions(CaseStore store, RulesRuntime rules, TimeProvider time,
    IStaffDirectory? staff = null, ICertificateSequence? certificates = null)
{
    private readonly CaseUnitOfWork _changes = new(store, time);

    public async Task<CertificationCase> OpenAsync(OpenCaseRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        (await OpenNewAsync(request.Scheme, (process, number, now) => process.Open(request, number, actor, now), cancellationToken)).Case;

    /// <summary>Opens a case that waits for the applicant's application form (see <see cref="CaseProcess.Invite"/>).</summary>
    public async Task<CertificationCase> InviteAsync(InvitationRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        (await OpenNewAsync(request.Scheme, (process, number, now) => process.Invite(request, number, actor, now), cancellationToken)).Case;

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
        var change = await ChangeStepAsync(caseId, stepId, action, data, idempotencyKey, actor, alsoSend, cancellationToken);
        return (change.Case, change.Replayed);
    }

    /// <summary>Acts on a step and tells which steps the action opened.</summary>
    /// <exception cref="IdempotencyKeyReusedException">The key was used for another case, step, person or action.</exception>
    /// <param name="alsoSend">Messages to save with the action, in its transaction (e.g. the bot's card update).</param>
    public Task<CaseChange<bool>> ChangeStepAsync(
        Guid caseId, Guid stepId, string action, IReadOnlyDictionary<string, string> data, string? idempotencyKey, Actor actor,
        IReadOnlyList<OutboundMessage>? alsoSend = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var claim = string.IsNullOrEmpty(idempotencyKey) ? null : new IdempotencyClaim(idempotencyKey, caseId, stepId, actor.Id, action);
        // Someone else saved first: the retry reloads; if they decided this very step, EnsureCanAct says who and when.
        return _changes.ChangeAsync(caseId, c =>
        {
            Process(c).Act(c, stepId, action, data, actor, time.GetUtcNow());
            foreach (var message in alsoSend ?? [])
            {
                c.AlsoSend(message);
            }
        }, claim, cancellationToken);
    }

    /// <summary>Reassigns (manager) or delegates (current assignee) a pending step; journaled with the reason.</summary>
    /// <remarks>Only to a person the rules allow for the step (<see cref="StepCandidates"/>); anyone else is refused with the rule id.</remarks>
    public async Task<CertificationCase> AssignAsync(Guid caseId, Guid stepId, string assignee, string reason, Actor actor, CancellationToken cancellationToken = default) =>
        (await _changes.ChangeAsync(caseId, c => Process(c).Reassign(c, stepId, assignee, reason, actor, time.GetUtcNow()), cancellationToken: cancellationToken)).Case;

    /// <summary>The people who may hold the step (reassignment, delegation), each with the rules that exclude the others.</summary>
    public IReadOnlyList<StepCandidate> Candidates(CertificationCase @case, Guid stepId)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return StepCandidates.For(Process(@case), @case, @case.Step(stepId), ShanghaiTime.Today(time));
    }

    private CaseProcess Process(CertificationCase @case) => Process(rules.Schemes.Version(@case.Scheme, @case.RuleSetVersion));

    private CaseProcess Process(SchemeRuleSet ruleSet) => new(ruleSet, rules.Calendar, staff: staff, certificates: certificates);

    private Task<CaseChange<bool>> OpenNewAsync(string scheme, Func<CaseProcess, string, DateTimeOffset, CertificationCase> open,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = ShanghaiTime.Today(time);
        var ruleSet = rules.Schemes.ForNewApplication(scheme, today);
        // Two applications that take the same number at once: the loser's retry takes the next one.
        return _changes.CreateAsync(async ct => open(Process(ruleSet), await store.NextNumberAsync(ruleSet.Scheme, today.Year, ct), now), cancellationToken);
    }
}
