namespace TeamsCert.Web.Bot.Cards.Model;

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
