using TeamsCert.Domain.Calendar;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Conversation;

/// <summary>Rows of pending steps, most urgent first, each with an "open" (<c>step.show</c>) button.</summary>
internal static class StepList
{
    public const int MaxRows = 15;

    public static IEnumerable<StepSummary> MostUrgentFirst(IEnumerable<StepSummary> steps) =>
        steps.OrderBy(s => s.DueOn ?? DateOnly.MaxValue).ThenBy(s => s.Case.Number, StringComparer.Ordinal);

    public static Container Row(StepSummary step, UiLanguage l, DateOnly today, WorkingDayCalendar calendar, bool withCase, int? tasksPage = null)
    {
        var due = DueState.For(step.DueOn, today, calendar);
        var what = l.T(StepTexts.For(step.Kind).Title);
        var heading = withCase ? $"{step.Case.Number} · {step.Case.Organization}" : what;
        // Who acts: a person's name, or the role's words when the step waits on a role (never the role's code).
        var detail = withCase ? what : step.Assignee is { } who && RoleTexts.Has(who) ? l.T(RoleTexts.For(who)) : step.Assignee ?? string.Empty;
        var when = due is { } state
            ? $"{UiLanguage.Date(state.DueOn)} · {CardParts.TimeLeft(state, l)}"
            : l.T(CommonTexts.NoDueDate);
        var rule = step.DueRuleId is null ? string.Empty : $" · {step.DueRuleId}";
        // Two equal columns, not stretch beside auto: an auto column never wraps while it fits, so on a phone the due line
        // kept its full width and squeezed the case number into breaking at its hyphens.
        return new Container([
            new ColumnSet([
                new Column([new TextBlock(heading) { Weight = "bolder" }, new TextBlock(detail) { IsSubtle = true, Spacing = "none" }]) { Width = "stretch" },
                new Column([new TextBlock(when + rule) { Color = CardParts.DueColor(due), Size = "small" }]) { Width = "stretch", VerticalContentAlignment = "center" },
            ]),
            new ActionSet([CardParts.Show(step, l, tasksPage)]),
        ])
        { Separator = true };
    }
}
