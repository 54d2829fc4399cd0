namespace TeamsCert.Infrastructure.Persistence;

/// <summary>A pending (or finished) step of a case: queryable for "my tasks" and "overdue".</summary>
public sealed class StepRow
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public string Kind { get; set; } = "";

    public string Role { get; set; } = "";

    public string? AssigneeId { get; set; }

    public DateOnly OpenedOn { get; set; }

    public DateOnly? DueOn { get; set; }

    public string? DueRuleId { get; set; }

    public DateOnly? DueAnchor { get; set; }

    public bool DueProvisional { get; set; }

    public bool Paused { get; set; }

    public string Status { get; set; } = "";

    public string? Outcome { get; set; }

    public string? CompletedBy { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
