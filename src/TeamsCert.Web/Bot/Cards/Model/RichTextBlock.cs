namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>A paragraph of differently formatted runs.</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement;
