namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>Common properties of inputs; the input's <c>id</c> is the key of the value in the action's data.</summary>
public abstract record CardInput : CardElement
{
    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    /// <summary>Shown by the client when a required input is empty or invalid.</summary>
    public string? ErrorMessage { get; init; }
}
