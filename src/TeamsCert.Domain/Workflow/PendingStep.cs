namespace TeamsCert.Domain.Workflow;

/// <summary>
/// A persisted wait for a person (Elsa's bookmark): who is asked (role or assignee), what may be answered, and by when
/// (a Shanghai date with the rule that sets it). Resumed by an action carrying an idempotency key.
/// </summary>
public sealed class PendingStep
{
    public required Guid Id { get; init; }

    public required string Kind { get; init; }

    public required string Role { get; init; }

    public string? AssigneeId { get; set; }

    public required DateOnly OpenedOn { get; init; }

    public DateOnly? DueOn { get; set; }

    public string? DueRuleId { get; set; }

    /// <summary>The date the due rule counts from (kept so the due date can be recomputed after a pause or a calendar import).</summary>
    public DateOnly? DueAnchor { get; set; }

    public bool DueProvisional { get; set; }

    /// <summary>True while the step's clock is paused (A-06, deficiency notice): no due date runs.</summary>
    public bool Paused { get; set; }

    public StepStatus Status { get; set; } = StepStatus.Open;

    public string? Outcome { get; set; }

    public string? CompletedBy { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
