using TeamsCert.Domain.Workflow;

namespace TeamsCert.Infrastructure.Workflow;

/// <summary>An open step with the header of its case; <see cref="DueOn"/> is null while the step's clock is paused.</summary>
public sealed record OpenStep(
    Guid CaseId, string Number, string Organization, string Scheme, CaseStage Stage, Guid StepId, string Kind, string Role,
    string? AssigneeId, DateOnly? DueOn, string? DueRuleId);
