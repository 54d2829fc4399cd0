using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Certificates;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Links;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Conversation;

/// <summary>The answer to <c>case &lt;number&gt;</c>: the case header, scope, certificate and open steps.</summary>
public sealed class CaseSummaryCardBuilder(CardOptions options, WorkingDayCalendar calendar)
{
    public AdaptiveCard Build(CaseSummaryModel model, string? locale, DateOnly today)
    {
        var l = UiLanguage.From(locale);
        var facts = new List<Fact>
        {
            new(l.T(ConversationTexts.Scope), model.Scope),
            new(l.T(ConversationTexts.ReceivedOn), UiLanguage.Date(model.ReceivedOn)),
        };
        if (model.CertificateNumber is { } number)
        {
            var expires = model.CertificateExpiresOn is { } on ? $" → {UiLanguage.Date(on)}" : string.Empty;
            var state = Enum.TryParse<CertificateState>(model.CertificateState, out var parsed) ? $" ({l.T(Vocabulary.Status(parsed))})" : string.Empty;
            facts.Add(new Fact(l.T(ConversationTexts.Certificate), $"{number}{state}{expires}"));
        }

        var body = new List<CardElement>
        {
            CardParts.Header(model.Case, l, l.F(ConversationTexts.SummaryTitle, model.Case.Number)),
            new FactSet(facts),
            new TextBlock(l.T(ConversationTexts.OpenSteps)) { Weight = "bolder", Separator = true },
        };
        if (model.OpenSteps.Count == 0)
        {
            body.Add(CardParts.Line(l.T(ConversationTexts.NoOpenSteps), subtle: true));
        }

        body.AddRange(StepList.MostUrgentFirst(model.OpenSteps).Take(StepList.MaxRows).Select(s => StepList.Row(s, l, today, calendar, withCase: false)));
        if (model.LinkOffers.Count > 0)
        {
            // The applicant acts through links: staff create one here and manage the live ones on the link card.
            body.Add(new TextBlock(l.T(LinkTexts.Offers)) { Weight = "bolder", Separator = true });
            body.Add(new ActionSet([.. model.LinkOffers.Select(o => LinkActions.Create(model.Case.CaseId, o, model.ContactEmail, l, titled: true))]));
        }

        return CardParts.Card(body, [CardParts.Documents(model.Case, options, l), LinkActions.Show(model.Case.CaseId, l)]);
    }
}
