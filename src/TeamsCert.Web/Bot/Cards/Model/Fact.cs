namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>A title and value of a <see cref="FactSet"/>, both markdown escaped (<see cref="CardMarkdown"/>).</summary>
public sealed record Fact(string Title, string Value)
{
    public string Title { get; init; } = CardMarkdown.Escape(Title);

    public string Value { get; init; } = CardMarkdown.Escape(Value);
}
