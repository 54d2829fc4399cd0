namespace TeamsCert.Web.Bot.Cards.Model;

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    /// <summary><c>default</c>, <c>emphasis</c>, <c>good</c>, <c>attention</c>, <c>warning</c>, <c>accent</c>.</summary>
    public string? Style { get; init; }

    public CardAction? SelectAction { get; init; }
}
