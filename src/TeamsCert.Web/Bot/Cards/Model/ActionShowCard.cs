namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>A button that unfolds a nested card, e.g. the inputs of one of several actions.</summary>
public sealed record ActionShowCard(AdaptiveCard Card) : CardAction;
