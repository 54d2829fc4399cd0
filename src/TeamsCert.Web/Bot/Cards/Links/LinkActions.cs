using System.Globalization;
using TeamsCert.Domain.Links;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Texts;

namespace TeamsCert.Web.Bot.Cards.Links;

/// <summary>
/// The link buttons other cards reuse. Input ids carry the purpose (<c>sendTo.{purpose}</c>, <c>days.{purpose}</c>)
/// because ids are unique per card and a card may offer several purposes.
/// </summary>
public static class LinkActions
{
    public static string SendToId(string purpose) => $"sendTo.{purpose}";

    public static string DaysId(string purpose) => $"days.{purpose}";

    /// <summary>"Create link": unfolds the e-mail (prefilled with the contact) and the validity, then <c>link.create</c>.</summary>
    public static ActionShowCard Create(Guid caseId, LinkOffer offer, string? contactEmail, UiLanguage locale, bool titled = false)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(locale);
        var title = locale.T(LinkPurposeTexts.Title(offer.Purpose));
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["caseId"] = Id(caseId), ["purpose"] = offer.Purpose };
        var inputs = new List<CardElement>
        {
            new InputText { Id = SendToId(offer.Purpose), Label = locale.T(LinkTexts.SendTo), Value = contactEmail, MaxLength = 254 },
            new InputNumber
            {
                Id = DaysId(offer.Purpose), Label = locale.T(LinkTexts.Days), Value = 14, Min = 1, Max = 30,
                IsRequired = true, ErrorMessage = locale.T(LinkTexts.DaysError),
            },
        };
        var submit = CardParts.Execute(CardVerbs.LinkCreate, data, locale.T(LinkTexts.Create), "positive") with { AssociatedInputs = "auto" };
        return new ActionShowCard(new AdaptiveCard { Body = inputs, Actions = [submit] })
        {
            Title = titled ? locale.F(LinkTexts.CreateFor, title) : locale.T(LinkTexts.Create),
        };
    }

    public static ActionExecute Revoke(Guid caseId, Guid linkId, UiLanguage locale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["caseId"] = Id(caseId), ["linkId"] = Id(linkId) };
        return CardParts.Execute(CardVerbs.LinkRevoke, data, locale.T(LinkTexts.Revoke), "destructive") with { AssociatedInputs = "none" };
    }

    /// <summary>Opens the case's link card (<c>link.show</c>).</summary>
    public static ActionExecute Show(Guid caseId, UiLanguage locale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["caseId"] = Id(caseId) };
        return CardParts.Execute(CardVerbs.LinkShow, data, locale.T(LinkTexts.Show)) with { AssociatedInputs = "none" };
    }

    private static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
