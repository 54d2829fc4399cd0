using TeamsCert.Domain.Calendar;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Conversation;

/// <summary>The managers' daily digest: per scheme, the overdue steps and those due within a few working days.</summary>
public sealed class DailyDigestCardBuilder(WorkingDayCalendar calendar)
{
    public AdaptiveCard Build(DailyDigestModel model, string? locale, DateOnly today)
    {
        var l = UiLanguage.From(locale);
        var judged = model.Steps
            .Select(s => (Step: s, Due: DueState.For(s.DueOn, today, calendar)))
            .Where(x => x.Due is { } d && d.WorkingDaysLeft <= model.DueSoonWorkingDays)
            .OrderBy(x => x.Due!.Value.WorkingDaysLeft)
            .ToList();
        var body = new List<CardElement> { CardParts.Title(l.F(ConversationTexts.DigestTitle, UiLanguage.Date(today))) };
        if (judged.Count == 0)
        {
            body.Add(CardParts.Line(l.T(ConversationTexts.DigestNothing)));
        }

        foreach (var scheme in judged.GroupBy(x => x.Step.Case.Scheme, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var overdue = scheme.Where(x => x.Due!.Value.IsOverdue).ToList();
            var soon = scheme.Where(x => !x.Due!.Value.IsOverdue).ToList();
            var items = new List<CardElement> { new TextBlock(scheme.Key) { Size = "medium", Weight = "bolder" } };
            if (overdue.Count > 0)
            {
                items.Add(new TextBlock(l.F(ConversationTexts.DigestOverdue, overdue.Count)) { Color = "attention", Weight = "bolder" });
                items.AddRange(overdue.Select(x => Line(x.Step, x.Due!.Value, l)));
            }

            if (soon.Count > 0)
            {
                items.Add(new TextBlock(l.F(ConversationTexts.DigestDueSoon, soon.Count, model.DueSoonWorkingDays)) { Color = "warning", Weight = "bolder" });
                items.AddRange(soon.Select(x => Line(x.Step, x.Due!.Value, l)));
            }

            body.Add(new Container(items) { Separator = true });
        }

        return CardParts.Card(body);
    }

    private static TextBlock Line(StepSummary step, DueState due, UiLanguage l)
    {
        var who = step.Assignee is null ? string.Empty : $" · {step.Assignee}";
        var rule = step.DueRuleId is null ? string.Empty : $" · {step.DueRuleId}";
        return new TextBlock(
            $"{step.Case.Number} {step.Case.Organization} · {l.T(StepTexts.For(step.Kind).Title)} · {UiLanguage.Date(due.DueOn)} ({CardParts.TimeLeft(due, l)}){rule}{who}")
        {
            Size = "small",
        };
    }
}
