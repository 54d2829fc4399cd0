namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>A check box sending <c>true</c> or <c>false</c>, as <c>StepData.Flag</c> reads them.</summary>
public sealed record InputToggle(string Title) : CardInput
{
    public string? Value { get; init; } = "false";

    public string? ValueOn { get; init; } = "true";

    public string? ValueOff { get; init; } = "false";

    public bool? Wrap { get; init; } = true;
}
