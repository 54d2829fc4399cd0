using TeamsCert.Domain.Calendar;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Conversation;

/// <summary>
/// "My tasks": pending steps with due dates, most urgent first, a page of <see cref="PageSize"/> at a time with the total
/// and previous/next actions (<c>tasks.page</c>); each row's "open" (<c>step.show</c>) names the page, so the step card
/// offers the way back to it.
/// </summary>
public sealed class MyStepsCardBuilder(WorkingDayCalendar calendar)
{
    public const int PageSize = 10;

    /// <param name="page">1-based; a page past the end shows the last page.</param>
    public AdaptiveCard Build(MyStepsModel model, string? locale, DateOnly today, int page = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        var l = UiLanguage.From(locale);
        var pages = Math.Max(1, (model.Tasks.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var body = new List<CardElement> { CardParts.Title(l.F(ConversationTexts.TasksTitle, model.UserName, model.Tasks.Count)) };
        if (model.Tasks.Count == 0)
        {
            body.Add(CardParts.Line(l.T(ConversationTexts.NoTasks)));
        }

        var shown = StepList.MostUrgentFirst(model.Tasks).Skip((page - 1) * PageSize).Take(PageSize).ToList();
        body.AddRange(shown.Select(t => StepList.Row(t, l, today, calendar, withCase: true, tasksPage: page)));
        var actions = new List<CardAction>();
        if (pages > 1)
        {
            var first = ((page - 1) * PageSize) + 1;
            body.Add(CardParts.Line(l.F(ConversationTexts.PageOf, page, pages, first, first + shown.Count - 1, model.Tasks.Count), subtle: true));
            if (page > 1)
            {
                actions.Add(CardParts.TasksPage(page - 1, l.T(ConversationTexts.PreviousPage), l));
            }

            if (page < pages)
            {
                actions.Add(CardParts.TasksPage(page + 1, l.T(ConversationTexts.NextPage), l));
            }
        }

        return CardParts.Card(body, actions);
    }
}
