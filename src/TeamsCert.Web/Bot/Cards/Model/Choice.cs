namespace TeamsCert.Web.Bot.Cards.Model;

public sealed record Choice(string Title, string Value);
