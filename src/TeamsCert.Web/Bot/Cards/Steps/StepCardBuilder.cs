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
        body.AddRange(StepFactsPart.For(model.Facts, l));
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
        var links = new List<CardAction> { CardParts.Documents(model.Case, options, l) };
        if (ServedByLink(model))
        {
            links.Add(LinkActions.Show(model.Case.CaseId, l));
        }

        if (model.TasksPage is { } page)
        {
            links.Add(CardParts.TasksPage(page, l.T(StepFactTexts.BackToTasks), l));
        }

        body.Add(new ActionSet(links));
        var refresh = new CardRefresh(
            new ActionExecute(CardVerbs.Refresh, CardParts.StepData(model.Case.CaseId, model.StepId)),
            [.. model.Actors.Select(a => a.Id)]);
        return CardParts.Card(body, actions, refresh) with { FallbackText = $"{model.Case.Number} {l.T(text.Title)}" };
    }

    private static bool ServedByLink(StepCardModel model) =>
        model.Role == StaffRoles.Applicant && SharedLinkPurposes.All.Any(p => LinkPurposeRules.StepKinds(p).Contains(model.Kind, StringComparer.Ordinal));

    private static void ActingPart(StepCardModel model, UiLanguage l, List<CardElement> body, List<CardAction> actions)
    {
        // A refused answer comes back as its own form, open, with the problem under the field and the typed values.
        var refused = model.Problem is { } problem && model.Actions.Contains(problem.Action) ? problem.Action : null;
        if (model.Actions.Count == 1 || refused is not null)
        {
            var action = refused ?? model.Actions[0];
            if (model.Actions.Count > 1)
            {
                body.Add(new TextBlock(l.T(ActionTexts.Label(model.Kind, action))) { Weight = "bolder", Size = "medium", Separator = true });
            }
            body.AddRange(StepInputs.For(model, action, prefixed: model.Actions.Count > 1, l));
            actions.Add(Act(model, action, l));
            actions.AddRange(model.Actions.Where(a => a != action).Take(MaxBarActions - 1).Select(a => ShowCard(model, a, l)));
            return;
        }

        var showCards = model.Actions.Select(action => ShowCard(model, action, l)).ToList();
        if (showCards.Count <= MaxBarActions)
        {
            actions.AddRange(showCards);
            return;
        }

        // More actions than the bar shows (certificate-status): rows of buttons in the body instead.
        body.AddRange(showCards.Chunk(3).Select(row => new ActionSet(row)));
    }

    private static ActionShowCard ShowCard(StepCardModel model, string action, UiLanguage l) => new ActionShowCard(
        new AdaptiveCard { Body = StepInputs.For(model, action, prefixed: true, l), Actions = [Act(model, action, l, CommonTexts.Submit)] })
    {
        Title = l.T(ActionTexts.Label(model.Kind, action)),
    };

    private static ActionExecute Act(StepCardModel model, string action, UiLanguage l, Domain.LocalizedText? title = null)
    {
        var data = CardParts.StepData(model.Case.CaseId, model.StepId);
        data["action"] = action;
        data[CardVerbs.LangKey] = l.Tag;
        if (model.TasksPage is { } page)
        {
            data[CardVerbs.PageKey] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var style = ActionTexts.Negative.Contains(action) ? "destructive" : "positive";
        return CardParts.Execute(CardVerbs.Act, data, l.T(title ?? ActionTexts.Label(model.Kind, action)), style) with { AssociatedInputs = "auto" };
    }

    private static string WhoActs(StepCardModel model, UiLanguage l) =>
        model.Actors.Count > 0
            ? string.Join(l.IsChinese ? "、" : ", ", model.Actors.Select(a => a.Id.StartsWith("role:", StringComparison.Ordinal) ? l.T(Vocabulary.Role(a.Id[5..])) : a.Name))
            : l.T(Vocabulary.Role(model.Role));
}
