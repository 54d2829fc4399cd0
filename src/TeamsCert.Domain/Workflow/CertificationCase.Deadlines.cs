using System.Globalization;

namespace TeamsCert.Domain.Workflow;

public sealed partial class CertificationCase
{
    public const string DeadlineReminderEvent = "deadline.reminder";
    public const string DeadlineOverdueEvent = "deadline.overdue";
    public const string DeadlineReminderMessage = "deadline-reminder";
    public const string DeadlineOverdueMessage = "deadline-overdue";

    /// <summary>
    /// A step's deadline timer (<see cref="StepTimers"/>) has come due: records <c>deadline.reminder</c> or
    /// <c>deadline.overdue</c> under the step's due rule and queues the outbound message — a reminder to the step's
    /// assignee (or its role while unassigned), an overdue escalation to the <c>manager</c> role.
    /// </summary>
    /// <returns>
    /// False, with nothing recorded, when the step is no longer waiting on a deadline (decided, cancelled, paused or
    /// undated): the timer is stale and should be cancelled rather than fired.
    /// </returns>
    public bool DeadlineTimerFired(Guid stepId, string timerKind, DateTimeOffset now)
    {
        var (eventType, messageKind) = timerKind switch
        {
            StepTimers.Reminder => (DeadlineReminderEvent, DeadlineReminderMessage),
            StepTimers.Overdue => (DeadlineOverdueEvent, DeadlineOverdueMessage),
            _ => throw new InvalidInputException("timerKind",
                $"未知的期限提醒类型“{timerKind}” / unknown deadline timer kind \"{timerKind}\"; expected {StepTimers.Reminder} or {StepTimers.Overdue}"),
        };
        var step = Steps.FirstOrDefault(s => s.Id == stepId);
        if (step is not { Status: StepStatus.Open, Paused: false, DueOn: { } due })
        {
            return false;
        }

        var invariant = CultureInfo.InvariantCulture;
        var dueText = due.ToString("yyyy-MM-dd", invariant);
        Record(eventType, Actor.System, now, null, step.DueRuleId, new Dictionary<string, string>
        {
            ["stepId"] = step.Id.ToString(),
            ["kind"] = step.Kind,
            ["due"] = dueText,
        });

        // Reminders go to whoever must act; an overdue step is escalated to the managers, who can act for anyone.
        var recipient = timerKind == StepTimers.Reminder ? step.AssigneeId ?? step.Role : StaffRoles.Manager;
        var data = StepMessageData(step);
        data["due"] = dueText;

        // A step's timer of one kind is pending at most once (a reschedule replaces it), so step, kind and instant
        // make the key unique even when a rescheduled step comes due again on the same date.
        var key = string.Create(invariant, $"{Id}:{messageKind}:{step.Id}:{now.UtcTicks}");
        Send(new OutboundMessage(key, messageKind, recipient, data));
        return true;
    }
}
