namespace TeamsCert.Web.Bot.Cards.Model;

public sealed record Fact(string Title, string Value);
