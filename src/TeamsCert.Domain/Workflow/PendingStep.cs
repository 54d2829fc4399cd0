namespace TeamsCert.Domain.Workflow;

/// <summary>
/// A persisted wait for a person (Elsa's bookmark): who is asked (role or assignee), what may be answered, and by when
/// (a Shanghai date with the rule that sets it). Resumed by an action carrying an idempotency key. Only the case changes
/// it (opening, scheduling, reassigning, answering, cancelling); everyone else reads it.
/// </summary>
public sealed class PendingStep
{
    public required Guid Id { get; init; }

    public required string Kind { get; init; }

    public required string Role { get; init; }

    public string? AssigneeId { get; internal set; }

    public required DateOnly OpenedOn { get; init; }

    public DateOnly? DueOn { get; internal set; }

    public string? DueRuleId { get; internal set; }

    /// <summary>The date the due rule counts from (kept so the due date can be recomputed after a pause or a calendar import).</summary>
    public DateOnly? DueAnchor { get; internal set; }

    public bool DueProvisional { get; internal set; }

    /// <summary>True while the step's clock is paused (A-06, deficiency notice): no due date runs.</summary>
    public bool Paused { get; internal set; }

    public StepStatus Status { get; internal set; } = StepStatus.Open;

    public string? Outcome { get; internal set; }

    public string? CompletedBy { get; internal set; }

    public DateTimeOffset? CompletedAt { get; internal set; }

    /// <summary>Rebuilds a stored step (the store's read, or a test's fixture) exactly as saved.</summary>
    public static PendingStep Restore(
        Guid id, string kind, string role, DateOnly openedOn, string? assigneeId = null, DateOnly? dueOn = null, string? dueRuleId = null,
        DateOnly? dueAnchor = null, bool dueProvisional = false, bool paused = false, StepStatus status = StepStatus.Open, string? outcome = null,
        string? completedBy = null, DateTimeOffset? completedAt = null) => new()
        {
            Id = id,
            Kind = kind,
            Role = role,
            OpenedOn = openedOn,
            AssigneeId = assigneeId,
            DueOn = dueOn,
            DueRuleId = dueRuleId,
            DueAnchor = dueAnchor,
            DueProvisional = dueProvisional,
            Paused = paused,
            Status = status,
            Outcome = outcome,
            CompletedBy = completedBy,
            CompletedAt = completedAt,
        };
}
