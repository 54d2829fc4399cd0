namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>Buttons inside the body, used when a card has more actions than the Teams action bar shows.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
