namespace TeamsCert.BrowserTests.Cards;

/// <summary>What the renderer made of a card: its visible text, visible buttons, errors, and the screenshot file.</summary>
public sealed record RenderedCard(string Text, int VisibleButtons, IReadOnlyList<string> Errors, string Screenshot);
