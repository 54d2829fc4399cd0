namespace TeamsCert.Domain.Workflow;

/// <summary>A timer the case wants stored: fire <see cref="Kind"/> for a step at an instant derived from its due date.</summary>
public sealed record TimerRequest(Guid StepId, string Kind, DateTimeOffset FireAt, string? RuleId);
