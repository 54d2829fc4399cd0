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

    public required Guid Id { get; init; }

    public required string Number { get; init; }

    public required string Scheme { get; init; }

    public required string RuleSetVersion { get; init; }

    public required string Organization { get; set; }

    /// <summary>The organisation's 统一社会信用代码 (GB 32100-2015), when the application gave it.</summary>
    public string? OrganizationCode { get; set; }

    /// <summary>How staff conflicts of interest name this organisation: its code where known, and its name.</summary>
    public IReadOnlyList<string> OrganizationKeys => OrganizationCode is { } code ? [code, Organization] : [Organization];

    public required int Personnel { get; set; }

    public required int Sites { get; set; }

    /// <summary>The scope as applied for, then as certified: a scope reduction (002 §9.6.6) narrows it.</summary>
    public required string Scope { get; set; }

    public required DateOnly ReceivedOn { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public CaseStage Stage { get; set; }

    /// <summary>Optimistic concurrency: the version this instance was loaded at; the store bumps it on save.</summary>
    public int Version { get; set; }

    public List<PendingStep> Steps { get; init; } = [];

    public List<ClockPause> Pauses { get; init; } = [];

    /// <summary>Material codes the applicant still owes (the last one-time deficiency notice, LS-D01).</summary>
    public List<string> MissingMaterials { get; init; } = [];

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
        Steps.Add(step);
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

    /// <summary>Forgets what has been saved; called by the store after a successful commit.</summary>
    public void AcceptChanges()
    {
        _events.Clear();
        _messages.Clear();
        _timers.Clear();
        ForgetStepMessages();
    }
}
