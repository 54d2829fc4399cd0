namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>A choice list; a multi-select sends the chosen values joined by commas.</summary>
public sealed record InputChoiceSet(IReadOnlyList<Choice> Choices) : CardInput
{
    /// <summary><c>compact</c> (drop-down), <c>expanded</c> (radio buttons / check boxes), <c>filtered</c> (type-ahead).</summary>
    public string? Style { get; init; }

    public bool? IsMultiSelect { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? Wrap { get; init; } = true;
}
