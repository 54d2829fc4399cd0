using TeamsCert.Domain.Calendar;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Notices;

/// <summary>
/// The overdue escalation to the manager: the step, how many working days it is late, and a <c>step.reassign</c>
/// action with data <c>{caseId, stepId}</c> and the inputs <c>assignee</c> and <c>reason</c>.
/// </summary>
public sealed class EscalationCardBuilder(CardOptions options, WorkingDayCalendar calendar)
{
    public AdaptiveCard Build(EscalationModel model, string? locale, DateOnly today)
    {
        var l = UiLanguage.From(locale);
        var step = model.Step;
        var title = l.T(StepTexts.For(step.Kind).Title);
        var due = DueState.For(step.DueOn, today, calendar);
        var late = due is { IsOverdue: true } state ? -state.WorkingDaysLeft : 0;
        var body = new List<CardElement>
        {
            CardParts.Header(step.Case, l, l.F(NoticeTexts.EscalationTitle, title), "attention"),
            CardParts.Line(l.F(NoticeTexts.EscalationLine, late, model.CurrentAssignee)),
            new FactSet(CardParts.DueFacts(due, step.DueRuleId, paused: false, l)),
        };
        var actions = new List<CardAction> { CardParts.Show(step, l) };
        if (model.Candidates.Count > 0)
        {
            body.Add(new InputChoiceSet([.. model.Candidates.Select(c => new Choice(c.Name, c.Id))])
            {
                Id = "assignee",
                Label = l.T(NoticeTexts.NewAssignee),
                Style = "compact",
                Placeholder = l.T(CommonTexts.ChooseOne),
                IsRequired = true,
                ErrorMessage = l.T(CommonTexts.ChooseOne),
            });
            body.Add(new InputText
            {
                Id = "reason",
                Label = l.T(NoticeTexts.ReassignReason),
                IsMultiline = true,
                IsRequired = true,
                ErrorMessage = l.T(CommonTexts.ReasonRequired),
                MaxLength = 1000,
            });
            var data = CardParts.StepData(step.Case.CaseId, step.StepId);
            actions.Insert(0, CardParts.Execute(CardVerbs.Reassign, data, l.T(NoticeTexts.Reassign), "positive") with { AssociatedInputs = "auto" });
        }

        actions.Add(CardParts.Documents(step.Case, options, l));
        return CardParts.Card(body, actions);
    }
}
