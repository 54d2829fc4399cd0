using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Notices;

/// <summary>"{who} {did what} at {when}": replaces the step card for everyone once the step is answered.</summary>
public sealed class OutcomeCardBuilder(CardOptions options)
{
    public AdaptiveCard Build(ActionOutcomeModel model, string? locale)
    {
        var l = UiLanguage.From(locale);
        var step = l.T(StepTexts.For(model.Kind).Title);
        var facts = new List<Fact>();
        // An outcome code (accepted, granted…) is said by the line above in words; a name (reassigned to) is shown.
        if (model.Outcome is { } outcome && !outcome.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            facts.Add(new Fact(l.T(NoticeTexts.OutcomeCode), model.Outcome));
        }

        if (model.Comment is not null)
        {
            facts.Add(new Fact(l.T(NoticeTexts.Comment), model.Comment));
        }

        if (model.RuleId is not null)
        {
            facts.Add(new Fact(l.T(CommonTexts.Rule), model.RuleId));
        }

        var body = new List<CardElement>
        {
            CardParts.Header(model.Case, l, l.F(NoticeTexts.OutcomeTitle, step), "good"),
            CardParts.Line(l.F(NoticeTexts.OutcomeLine, model.Actor.Name, UiLanguage.Time(model.At), l.T(ActionTexts.Done(model.Kind, model.Action)), step)),
        };
        if (facts.Count > 0)
        {
            body.Add(new FactSet(facts));
        }

        body.Add(new ActionSet([CardParts.Documents(model.Case, options, l)]));
        return CardParts.Card(body);
    }
}
