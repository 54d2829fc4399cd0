namespace TeamsCert.Web.Bot.Cards.Model;

public sealed record ActionOpenUrl(Uri Url) : CardAction;
