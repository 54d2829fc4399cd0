namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>A date input; values are <c>yyyy-MM-dd</c>, as the step handlers read them.</summary>
public sealed record InputDate : CardInput
{
    public string? Value { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }
}
