using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow;

/// <summary>The cycle's facts and the step bookkeeping the cycle handlers need.</summary>
public sealed partial class CertificationCase
{
    /// <summary>What the cycle has established; its parts are changed by the step handlers, never by a surface.</summary>
    public CaseFacts Facts { get; private init; } = new();

    /// <summary>Closes an open step without an answer (e.g. the team is being reassigned); its timers go with it.</summary>
    internal void Cancel(PendingStep step, Actor actor, DateTimeOffset now, string reason)
    {
        step.Status = StepStatus.Cancelled;
        step.Outcome = "cancelled";
        step.CompletedBy = actor.Id;
        step.CompletedAt = now;
        ReplaceTimers(step.Id, []);
        Record("step.cancelled", actor, now, reason, null, new Dictionary<string, string> { ["stepId"] = step.Id.ToString(), ["kind"] = step.Kind });
    }
}
