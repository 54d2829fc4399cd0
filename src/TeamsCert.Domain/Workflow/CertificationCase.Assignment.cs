namespace TeamsCert.Domain.Workflow;

/// <summary>Reassignment (by a manager) and delegation (by the current assignee) of a pending step, both journaled.</summary>
public sealed partial class CertificationCase
{
    public void Reassign(Guid stepId, string assignee, string reason, Actor actor, DateTimeOffset now)
    {
        var step = Step(stepId);
        if (step.Status != StepStatus.Open)
        {
            throw new StepAlreadyDecidedException(step.Id, step.CompletedBy ?? "?", step.CompletedAt ?? CreatedAt, step.Outcome);
        }

        if (string.IsNullOrWhiteSpace(assignee))
        {
            throw new InvalidInputException("assignee", "请指定新的处理人 / assignee is required");
        }

        PlainText.Ensure("assignee", assignee.Trim());
        PlainText.Ensure(InputLimits.Reason, reason?.Trim());

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidInputException("reason", "请说明改派原因 / reason is required");
        }

        var delegating = step.AssigneeId == actor.Id;
        EnsureMayReassign(step, actor);

        var from = step.AssigneeId;
        step.AssigneeId = assignee.Trim();
        _reassigned.Add(step.Id);
        Record(delegating ? "step.delegated" : "step.reassigned", actor, now, reason.Trim(), step.DueRuleId, new Dictionary<string, string>
        {
            ["stepId"] = step.Id.ToString(),
            ["kind"] = step.Kind,
            ["from"] = from ?? $"role:{step.Role}",
            ["to"] = step.AssigneeId,
        });
    }

    /// <summary>Only a manager reassigns; the assignee may delegate.</summary>
    internal static void EnsureMayReassign(PendingStep step, Actor actor)
    {
        if (step.AssigneeId != actor.Id && !actor.Roles.Contains(StaffRoles.Manager))
        {
            throw new ActorNotAllowedException("ROLE", "只有经理可以改派，处理人本人可以委托 / only a manager may reassign; the assignee may delegate");
        }
    }
}
