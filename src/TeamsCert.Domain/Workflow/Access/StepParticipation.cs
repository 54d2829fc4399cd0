namespace TeamsCert.Domain.Workflow.Access;

/// <summary>Who holds or held one step of a case: what involvement needs of a step, so lists can decide from step rows.</summary>
public sealed record StepParticipation(string Kind, string? AssigneeId, string? CompletedBy)
{
    public static StepParticipation Of(PendingStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new StepParticipation(step.Kind, step.AssigneeId, step.CompletedBy);
    }
}
