using TeamsCert.Domain.Deadlines;

namespace TeamsCert.Domain.Workflow;

/// <summary>
/// A certification case: its facts, its stage and its pending steps. Every change goes through a method that checks
/// its guards and records journal events, timers and outbound messages for the store to save in one transaction.
/// </summary>
public sealed partial class CertificationCase
{
    private readonly List<JournalEvent> _events = [];
    private readonly List<OutboundMessage> _messages = [];
    private readonly Dictionary<Guid, List<TimerRequest>> _timers = [];
    private readonly List<PendingStep> _steps = [];
    private readonly List<ClockPause> _pauses = [];
    private readonly List<string> _missingMaterials = [];

    public required Guid Id { get; init; }

    public required string Number { get; init; }

    public required string Scheme { get; init; }

    public required string RuleSetVersion { get; init; }

    public string Organization { get; internal set; } = string.Empty;

    /// <summary>The organisation's 统一社会信用代码 (GB 32100-2015), when the application gave it.</summary>
    public string? OrganizationCode { get; internal set; }

    /// <summary>How staff conflicts of interest name this organisation: its code where known, and its name.</summary>
    public IReadOnlyList<string> OrganizationKeys => OrganizationCode is { } code ? [code, Organization] : [Organization];

    public int Personnel { get; internal set; }

    public int Sites { get; internal set; }

    /// <summary>The scope as applied for, then as certified: a scope reduction (002 §9.6.6) narrows it.</summary>
    public string Scope { get; internal set; } = string.Empty;

    public DateOnly ReceivedOn { get; internal set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public CaseStage Stage { get; internal set; }

    /// <summary>Optimistic concurrency: the version this instance was loaded at; the store bumps it on save (<see cref="AcceptChanges"/>).</summary>
    public int Version { get; private set; }

    /// <summary>The case's steps, oldest first; opened, answered and cancelled only through the case's own methods.</summary>
    public IReadOnlyList<PendingStep> Steps => _steps;

    /// <summary>Clock pauses: a deficiency notice or a request for information stops the running deadline.</summary>
    public IReadOnlyList<ClockPause> Pauses => _pauses;

    /// <summary>Material codes the applicant still owes (the last one-time deficiency notice, LS-D01).</summary>
    public IReadOnlyList<string> MissingMaterials => _missingMaterials;

    /// <summary>
    /// Rebuilds a stored case (the store's read, or a test's fixture): its state exactly as saved, with nothing to save.
    /// Every later change goes through the case's methods.
    /// </summary>
    public static CertificationCase Restore(CaseSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var @case = new CertificationCase
        {
            Id = snapshot.Id,
            Number = snapshot.Number,
            Scheme = snapshot.Scheme,
            RuleSetVersion = snapshot.RuleSetVersion,
            Organization = snapshot.Organization,
            OrganizationCode = snapshot.OrganizationCode,
            Personnel = snapshot.Personnel,
            Sites = snapshot.Sites,
            Scope = snapshot.Scope,
            ReceivedOn = snapshot.ReceivedOn,
            CreatedAt = snapshot.CreatedAt,
            Stage = snapshot.Stage,
            Version = snapshot.Version,
            Facts = snapshot.Facts ?? new(),
        };
        @case._steps.AddRange(snapshot.Steps ?? []);
        @case._pauses.AddRange(snapshot.Pauses ?? []);
        @case._missingMaterials.AddRange(snapshot.MissingMaterials ?? []);
        return @case;
    }

    /// <summary>Stops the deadline clock from <paramref name="from"/> (A-06) for the reason given.</summary>
    internal void PauseClock(DateOnly from, string reason) => _pauses.Add(new ClockPause(from, null, reason));

    /// <summary>Ends the open clock pause on <paramref name="on"/>; false when none is open.</summary>
    internal bool ResumeClock(DateOnly on)
    {
        var open = _pauses.FindIndex(p => p.End is null);
        if (open < 0)
        {
            return false;
        }

        _pauses[open] = _pauses[open] with { End = on };
        return true;
    }

    /// <summary>Replaces what the applicant still owes with the one-time deficiency list (LS-D01).</summary>
    internal void OweMaterials(IEnumerable<string> codes)
    {
        _missingMaterials.Clear();
        _missingMaterials.AddRange(codes);
    }

    public IReadOnlyList<JournalEvent> NewEvents => _events;

    /// <summary>
    /// What the store writes to the outbox with this change: the handlers' messages, one <c>step-opened</c> per step
    /// opened or reassigned and still open (see <see cref="StepOpenedMessage"/>), and those added by <see cref="AlsoSend"/>.
    /// </summary>
    public IReadOnlyList<OutboundMessage> NewMessages => [.. _messages, .. StepOpenedMessages(), .. _alsoSend];

    /// <summary>True when something is waiting to be saved: journal events, outbound messages or timer changes.</summary>
    public bool HasChanges => _events.Count > 0 || _messages.Count > 0 || _timers.Count > 0 || _alsoSend.Count > 0;

    /// <summary>Steps whose timers must be replaced by the given list (empty = cancel them).</summary>
    public IReadOnlyDictionary<Guid, List<TimerRequest>> TimerChanges => _timers;

    public PendingStep Step(Guid stepId) =>
        Steps.FirstOrDefault(s => s.Id == stepId) ?? throw new InvalidInputException("stepId", $"该案件没有步骤 {stepId} / the case has no step {stepId}");

    public PendingStep? OpenStep(string kind) => Steps.FirstOrDefault(s => s.Kind == kind && s.Status == StepStatus.Open);

    internal void Record(string type, Actor actor, DateTimeOffset at, string? reason, string? ruleId, IReadOnlyDictionary<string, string>? data = null) =>
        _events.Add(new JournalEvent(type, actor.Id, at, reason, ruleId, data ?? new Dictionary<string, string>()));

    internal void Send(OutboundMessage message) => _messages.Add(message);

    internal void ReplaceTimers(Guid stepId, IEnumerable<TimerRequest> timers) => _timers[stepId] = [.. timers];

    internal PendingStep OpenNewStep(string kind, string role, DateOnly today, Actor actor, DateTimeOffset now)
    {
        var step = new PendingStep { Id = Guid.NewGuid(), Kind = kind, Role = role, OpenedOn = today };
        _steps.Add(step);
        _opened.Add(step.Id);
        Record("step.opened", actor, now, null, null, new Dictionary<string, string> { ["stepId"] = step.Id.ToString(), ["kind"] = kind, ["role"] = role });
        return step;
    }

    internal void Complete(PendingStep step, string outcome, Actor actor, DateTimeOffset now, string? reason, string? ruleId, IReadOnlyDictionary<string, string> data)
    {
        step.Status = StepStatus.Completed;
        step.Outcome = outcome;
        step.CompletedBy = actor.Id;
        step.CompletedAt = now;
        ReplaceTimers(step.Id, []);
        var details = new Dictionary<string, string>(data) { ["stepId"] = step.Id.ToString(), ["kind"] = step.Kind, ["outcome"] = outcome };
        Record("step.completed", actor, now, reason, ruleId, details);
    }

    internal void MoveTo(CaseStage stage, Actor actor, DateTimeOffset now, string? reason, string? ruleId)
    {
        var from = Stage;
        Stage = stage;
        Record("case.stage-changed", actor, now, reason, ruleId, new Dictionary<string, string> { ["from"] = from.ToString(), ["to"] = stage.ToString() });
    }

    /// <summary>
    /// Refuses the action unless the step is open and the actor may answer it: on a step assigned to someone (a team
    /// leader's audit, a member's acceptance, a reassigned review) only the assignee or a manager; otherwise anyone who
    /// holds the step's role (managers hold every role). Fixed here, when any action arrives, for every kind of step.
    /// </summary>
    /// <param name="assigneeRuleId">The rule id of a refusal on an assigned step (<see cref="IStepHandler.AssigneeRuleId"/>).</param>
    internal void EnsureCanAct(PendingStep step, Actor actor, string assigneeRuleId = "ROLE")
    {
        if (step.Status != StepStatus.Open)
        {
            throw new StepAlreadyDecidedException(step.Id, step.CompletedBy ?? "?", step.CompletedAt ?? CreatedAt, step.Outcome);
        }

        if (step.AssigneeId is { } assignee)
        {
            if (!string.Equals(assignee, actor.Id, StringComparison.OrdinalIgnoreCase) && !actor.Roles.Contains(StaffRoles.Manager))
            {
                throw new ActorNotAllowedException(assigneeRuleId, $"此步骤指派给 {assignee} / this step is assigned to {assignee}");
            }
        }
        else if (!actor.Has(step.Role))
        {
            throw new ActorNotAllowedException("ROLE", $"此步骤需要角色 {step.Role} / this step needs the role {step.Role}");
        }
    }

    /// <summary>Forgets what has been saved, at the version it was loaded at (a fixture's save without a store).</summary>
    public void AcceptChanges() => AcceptChanges(Version);

    /// <summary>Forgets what has been saved and takes the version it was saved at; called by the store after a successful commit.</summary>
    public void AcceptChanges(int savedVersion)
    {
        Version = savedVersion;
        _events.Clear();
        _messages.Clear();
        _timers.Clear();
        ForgetStepMessages();
    }
}
