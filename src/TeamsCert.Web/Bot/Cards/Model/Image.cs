namespace TeamsCert.Web.Bot.Cards.Model;

public sealed record Image(string Url) : CardElement
{
    public string? AltText { get; init; }

    /// <summary><c>auto</c>, <c>stretch</c>, <c>small</c>, <c>medium</c>, <c>large</c>.</summary>
    public string? Size { get; init; }
}
