namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>The pre-1.4 submit, used only as the fallback of an <see cref="ActionExecute"/>.</summary>
public sealed record ActionSubmit(IReadOnlyDictionary<string, string> Data) : CardAction
{
    public string? AssociatedInputs { get; init; }
}
