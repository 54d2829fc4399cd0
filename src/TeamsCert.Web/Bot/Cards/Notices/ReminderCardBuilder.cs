using TeamsCert.Domain.Calendar;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Notices;

/// <summary>The reminder sent to whoever is to act when a step's due date is near ("due in N working days").</summary>
public sealed class ReminderCardBuilder(CardOptions options, WorkingDayCalendar calendar)
{
    public AdaptiveCard Build(StepSummary step, string? locale, DateOnly today)
    {
        var l = UiLanguage.From(locale);
        var title = l.T(StepTexts.For(step.Kind).Title);
        var due = DueState.For(step.DueOn, today, calendar);
        // A reminder delivered late (the poller catching up after downtime) says so rather than "due today".
        var line = due switch
        {
            { WorkingDaysLeft: > 0 } state => l.F(NoticeTexts.ReminderLine, state.WorkingDaysLeft),
            { IsOverdue: true } state => l.F(NoticeTexts.ReminderOverdue, -state.WorkingDaysLeft),
            _ => l.T(NoticeTexts.ReminderToday),
        };
        var body = new List<CardElement>
        {
            CardParts.Header(step.Case, l, l.F(NoticeTexts.ReminderTitle, title), "warning"),
            CardParts.Line(line),
            new FactSet(CardParts.DueFacts(due, step.DueRuleId, paused: false, l)),
        };
        return CardParts.Card(body, [CardParts.Show(step, l), CardParts.Documents(step.Case, options, l)]);
    }
}
