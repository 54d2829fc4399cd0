using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Notices;

/// <summary>A refused action: the rule id and the message, never an exception's text (house style 17–18).</summary>
public sealed class RefusalCardBuilder
{
    public AdaptiveCard Build(RefusalModel model, string? locale)
    {
        var l = UiLanguage.From(locale);
        var body = new List<CardElement>();
        body.Add(model.Case is { } @case
            ? CardParts.Header(@case, l, l.T(NoticeTexts.RefusalTitle), "attention")
            : CardParts.Title(l.T(NoticeTexts.RefusalTitle), "attention"));
        body.Add(CardParts.Line(l.T(model.Message)));
        var facts = new List<Fact> { new(l.T(CommonTexts.Rule), model.RuleId) };
        if (model.Field is not null)
        {
            facts.Add(new Fact("data", model.Field));
        }

        if (model.CorrelationId is not null)
        {
            facts.Add(new Fact(l.T(NoticeTexts.Correlation), model.CorrelationId));
        }

        body.Add(new FactSet(facts));
        return CardParts.Card(body);
    }
}
