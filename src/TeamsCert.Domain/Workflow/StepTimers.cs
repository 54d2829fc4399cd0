using TeamsCert.Domain.Calendar;

namespace TeamsCert.Domain.Workflow;

/// <summary>
/// The timers a step with a due date gets: a reminder at 09:00 Shanghai on the working day before it is due, and an
/// overdue escalation to the manager when the due day has ended.
/// </summary>
public static class StepTimers
{
    public const string Reminder = "reminder";
    public const string Overdue = "overdue";

    public static IEnumerable<TimerRequest> For(PendingStep step, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (step.Status != StepStatus.Open || step.Paused || step.DueOn is not { } due)
        {
            yield break;
        }

        var dayBefore = calendar.AddWorkingDays(due, -1).Value;
        var remindAt = new DateTimeOffset(dayBefore.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
        if (remindAt > now)
        {
            yield return new TimerRequest(step.Id, Reminder, remindAt, step.DueRuleId);
        }

        yield return new TimerRequest(step.Id, Overdue, ShanghaiTime.EndOfDay(due), step.DueRuleId);
    }
}
