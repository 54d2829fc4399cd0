using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Links;
using TeamsCert.Domain.Workflow;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Links;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>
/// The card of one pending step. A viewer allowed to act gets the inputs and one <c>step.act</c> button per action;
/// anyone else gets the read-only variant (same facts, who is to act, no acting buttons). Both carry
/// <c>refresh</c> for the actors so Teams shows each of them the acting variant. Pure: no I/O, the day is passed in.
/// </summary>
public sealed class StepCardBuilder(CardOptions options, WorkingDayCalendar calendar)
{
    /// <summary>The Teams action bar shows at most six buttons (host config <c>maxActions</c>).</summary>
    private const int MaxBarActions = 6;

    public AdaptiveCard Build(StepCardModel model, string? viewerId, string? locale, DateOnly today)
    {
        var l = UiLanguage.From(locale);
        var canAct = viewerId is not null && model.Actors.Any(a => a.Id == viewerId);
        var text = StepTexts.For(model.Kind);
        var due = DueState.For(model.DueOn, today, calendar);
        var body = new List<CardElement>
        {
            CardParts.Header(model.Case, l, l.T(text.Title)),
            CardParts.Line(l.T(text.Description)),
            new FactSet(CardParts.DueFacts(due, model.DueRuleId, model.Paused, l)) { Separator = true },
        };
        var actions = new List<CardAction>();
        if (canAct)
        {
            ActingPart(model, l, body, actions);
        }
        else
        {
            body.Add(CardParts.Line(l.F(CommonTexts.ToAct, WhoActs(model, l)), color: "accent"));
            body.Add(CardParts.Line(l.T(CommonTexts.ReadOnly), subtle: true));
        }

        // The applicant acts through a link: staff reach the case's link card (create, copy, revoke) from the step.
        body.Add(new ActionSet(ServedByLink(model)
            ? [CardParts.Documents(model.Case, options, l), LinkActions.Show(model.Case.CaseId, l)]
            : [CardParts.Documents(model.Case, options, l)]));
        var refresh = new CardRefresh(
            new ActionExecute(CardVerbs.Refresh, CardParts.StepData(model.Case.CaseId, model.StepId)),
            [.. model.Actors.Select(a => a.Id)]);
        return CardParts.Card(body, actions, refresh) with { FallbackText = $"{model.Case.Number} {l.T(text.Title)}" };
    }

    private static bool ServedByLink(StepCardModel model) =>
        model.Role == StaffRoles.Applicant && SharedLinkPurposes.All.Any(p => LinkPurposeRules.StepKinds(p).Contains(model.Kind, StringComparer.Ordinal));

    private static void ActingPart(StepCardModel model, UiLanguage l, List<CardElement> body, List<CardAction> actions)
    {
        if (model.Actions.Count == 1)
        {
            var action = model.Actions[0];
            body.AddRange(StepInputs.For(model, action, prefixed: false, l));
            actions.Add(Act(model, action, l));
            return;
        }

        var showCards = model.Actions.Select(action => (CardAction)new ActionShowCard(
            new AdaptiveCard { Body = StepInputs.For(model, action, prefixed: true, l), Actions = [Act(model, action, l, CommonTexts.Submit)] })
        {
            Title = l.T(ActionTexts.Label(action)),
        }).ToList();
        if (showCards.Count <= MaxBarActions)
        {
            actions.AddRange(showCards);
            return;
        }

        // More actions than the bar shows (certificate-status): rows of buttons in the body instead.
        body.AddRange(showCards.Chunk(3).Select(row => new ActionSet(row)));
    }

    private static ActionExecute Act(StepCardModel model, string action, UiLanguage l, Domain.LocalizedText? title = null)
    {
        var data = CardParts.StepData(model.Case.CaseId, model.StepId);
        data["action"] = action;
        var style = ActionTexts.Negative.Contains(action) ? "destructive" : "positive";
        return CardParts.Execute(CardVerbs.Act, data, l.T(title ?? ActionTexts.Label(action)), style) with { AssociatedInputs = "auto" };
    }

    private static string WhoActs(StepCardModel model, UiLanguage l) =>
        model.Actors.Count > 0 ? string.Join("、", model.Actors.Select(a => a.Name)) : l.T(RoleTexts.For(model.Role));
}
