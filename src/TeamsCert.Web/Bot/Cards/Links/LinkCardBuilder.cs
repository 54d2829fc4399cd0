using TeamsCert.Domain.Links;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Links;

/// <summary>
/// The applicant-link card: the answer to <c>link.show</c>, <c>link.create</c> (with the new URL in a copyable input,
/// shown this once) and <c>link.revoke</c>, and the staff notice "the applicant must act; create and send a link".
/// </summary>
public sealed class LinkCardBuilder(CardOptions options)
{
    public AdaptiveCard Build(LinkPanelModel model, string? locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        var l = UiLanguage.From(locale);
        var purposes = string.Join(l.IsChinese ? "、" : ", ", model.Offers.Select(o => l.T(LinkPurposeTexts.Title(o.Purpose))));
        var title = model.ApplicantMustAct && model.Offers.Count > 0 ? l.F(LinkTexts.MustActTitle, purposes) : l.T(LinkTexts.PanelTitle);
        var body = new List<CardElement> { CardParts.Header(model.Case, l, title, model.ApplicantMustAct ? "warning" : null) };
        if (model.ApplicantMustAct)
        {
            body.Add(CardParts.Line(l.T(LinkTexts.MustActLine)));
        }

        if (model.Created is { } created)
        {
            body.Add(Created(created, l));
        }

        body.Add(new TextBlock(l.T(LinkTexts.Offers)) { Weight = "bolder", Separator = true });
        foreach (var offer in model.Offers)
        {
            body.Add(CardParts.Line($"{l.T(LinkPurposeTexts.Title(offer.Purpose))}：{l.T(LinkPurposeTexts.Ask(offer.Purpose))}"));
            body.Add(new ActionSet([LinkActions.Create(model.Case.CaseId, offer, model.ContactEmail, l, titled: true)]));
        }

        if (model.Offers.Count == 0)
        {
            body.Add(CardParts.Line(l.T(LinkTexts.NoOffers), subtle: true));
        }

        body.Add(new TextBlock(l.T(LinkTexts.Live)) { Weight = "bolder", Separator = true });
        if (model.Live.Count == 0)
        {
            body.Add(CardParts.Line(l.T(LinkTexts.NoLive), subtle: true));
        }

        foreach (var link in model.Live)
        {
            var line = l.F(LinkTexts.LiveLine, l.T(LinkPurposeTexts.Title(link.Purpose)), UiLanguage.Time(link.ExpiresAt), link.CreatedBy);
            body.Add(new ColumnSet([
                new Column([CardParts.Line(line)]) { Width = "stretch", VerticalContentAlignment = "center" },
                new Column([new ActionSet([LinkActions.Revoke(model.Case.CaseId, link.Id, l)])]) { Width = "auto" },
            ]));
        }

        return CardParts.Card(body, [CardParts.Documents(model.Case, options, l)]);
    }

    private static Container Created(CreatedLinkNote created, UiLanguage l)
    {
        var items = new List<CardElement>
        {
            new TextBlock(l.F(LinkTexts.Created, l.T(LinkPurposeTexts.Title(created.Purpose)))) { Weight = "bolder" },
            new InputText { Id = "createdUrl", Label = l.T(LinkTexts.Url), Value = created.Url.AbsoluteUri },
            CardParts.Line(created.Url.AbsoluteUri, subtle: true),
            CardParts.Line(l.F(LinkTexts.ValidUntil, UiLanguage.Time(created.ExpiresAt))),
        };
        if (created.EmailedTo is { } to)
        {
            items.Add(CardParts.Line(l.F(LinkTexts.Emailed, to)) with { Weight = "bolder" });
        }
        else
        {
            items.Add(CardParts.Line(l.T(created.Note ?? LinkTexts.NotEmailed), color: "warning"));
        }

        return new Container(items) { Style = "good" };
    }
}
