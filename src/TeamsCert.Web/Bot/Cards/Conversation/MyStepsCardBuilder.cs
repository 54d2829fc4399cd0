using TeamsCert.Domain.Calendar;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Conversation;

/// <summary>"My tasks": pending steps with due dates, most urgent first, each with an "open" (<c>step.show</c>) button.</summary>
public sealed class MyStepsCardBuilder(WorkingDayCalendar calendar)
{
    public AdaptiveCard Build(MyStepsModel model, string? locale, DateOnly today)
    {
        var l = UiLanguage.From(locale);
        var body = new List<CardElement> { CardParts.Title(l.F(ConversationTexts.TasksTitle, model.UserName, model.Tasks.Count)) };
        if (model.Tasks.Count == 0)
        {
            body.Add(CardParts.Line(l.T(ConversationTexts.NoTasks)));
        }

        body.AddRange(StepList.MostUrgentFirst(model.Tasks).Take(StepList.MaxRows).Select(t => StepList.Row(t, l, today, calendar, withCase: true)));
        if (model.Tasks.Count > StepList.MaxRows)
        {
            body.Add(CardParts.Line(l.F(ConversationTexts.More, model.Tasks.Count - StepList.MaxRows), subtle: true));
        }

        return CardParts.Card(body);
    }
}
