using TeamsCert.Domain.Calendar;

namespace TeamsCert.Web.Bot.Cards.Common;

/// <summary>Where a due date stands today in PRC working days (A-01 counting: today excluded, the due day included).</summary>
public readonly record struct DueState(DateOnly DueOn, int WorkingDaysLeft, bool Provisional)
{
    public bool IsOverdue => WorkingDaysLeft < 0;

    public static DueState? For(DateOnly? dueOn, DateOnly today, WorkingDayCalendar calendar)
    {
        if (dueOn is not { } due)
        {
            return null;
        }

        var count = calendar.CountWorkingDays(today, due);
        return new DueState(due, count.Value, count.Provisional);
    }
}
