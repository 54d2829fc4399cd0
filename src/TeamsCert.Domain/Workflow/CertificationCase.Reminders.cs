using System.Globalization;

namespace TeamsCert.Domain.Workflow;

/// <summary>A manager's reminder about an open step (from the tab), journaled and queued like a timer's reminder.</summary>
public sealed partial class CertificationCase
{
    public const string ManualReminderEvent = "step.reminded";

    /// <summary>
    /// Records <c>step.reminded</c> under the step's due rule and queues a <c>deadline-reminder</c> to the step's assignee
    /// (or its role while unassigned). Only a manager or programme manager may remind (<c>ROLE</c>).
    /// </summary>
    public void Remind(Guid stepId, string? note, Actor actor, DateTimeOffset now)
    {
        var step = Step(stepId);
        if (step.Status != StepStatus.Open)
        {
            throw new StepAlreadyDecidedException(step.Id, step.CompletedBy ?? "?", step.CompletedAt ?? CreatedAt, step.Outcome);
        }

        if (!actor.Roles.Contains(StaffRoles.Manager) && !actor.Roles.Contains(StaffRoles.ProgrammeManager))
        {
            throw new ActorNotAllowedException("ROLE", "只有经理或方案管理人员可以催办 / only a manager or programme manager may send a reminder");
        }

        var invariant = CultureInfo.InvariantCulture;
        var recipient = step.AssigneeId ?? step.Role;
        var data = StepMessageData(step);
        data.Remove("assignee");
        data["remindedBy"] = actor.Id;
        Record(ManualReminderEvent, actor, now, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), step.DueRuleId, new Dictionary<string, string>
        {
            ["stepId"] = step.Id.ToString(),
            ["kind"] = step.Kind,
            ["to"] = recipient,
        });
        Send(new OutboundMessage(string.Create(invariant, $"{Id}:manual-reminder:{step.Id}:{now.UtcTicks}"), DeadlineReminderMessage, recipient, data));
    }
}
