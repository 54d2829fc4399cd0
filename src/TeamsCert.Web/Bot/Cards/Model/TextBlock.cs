namespace TeamsCert.Web.Bot.Cards.Model;

public sealed record TextBlock(string Text) : CardElement
{
    /// <summary>The text as given, markdown escaped (<see cref="CardMarkdown"/>): cards show text, never markup.</summary>
    public string Text { get; init; } = CardMarkdown.Escape(Text);

    /// <summary><c>small</c>, <c>default</c>, <c>medium</c>, <c>large</c>, <c>extraLarge</c>.</summary>
    public string? Size { get; init; }

    /// <summary><c>lighter</c>, <c>default</c>, <c>bolder</c>.</summary>
    public string? Weight { get; init; }

    /// <summary><c>default</c>, <c>dark</c>, <c>light</c>, <c>accent</c>, <c>good</c>, <c>warning</c>, <c>attention</c>.</summary>
    public string? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Wrap { get; init; } = true;

    /// <summary><c>heading</c> marks the text as a heading for screen readers (1.5).</summary>
    public string? Style { get; init; }
}
