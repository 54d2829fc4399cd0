namespace TeamsCert.Infrastructure.Workflow;

/// <summary>A case in a list: its header, the next running due date with its rule id, and whether it is overdue.</summary>
public sealed record CaseSummary(Guid Id, string Number, string Scheme, string Organization, string Stage, DateOnly? NextDue, string? NextDueRuleId, bool Overdue);
