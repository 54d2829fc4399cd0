namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>
/// Universal action: Teams sends an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/> and <see cref="Data"/>
/// (the associated inputs merged into the data) and shows the card the bot answers with.
/// </summary>
public sealed record ActionExecute(string Verb, IReadOnlyDictionary<string, string> Data) : CardAction
{
    /// <summary><c>auto</c> (inputs of this card and its parents) or <c>none</c>.</summary>
    public string? AssociatedInputs { get; init; }

    /// <summary>For clients without Action.Execute: an <see cref="ActionSubmit"/> with the same data.</summary>
    public CardAction? Fallback { get; init; }
}
