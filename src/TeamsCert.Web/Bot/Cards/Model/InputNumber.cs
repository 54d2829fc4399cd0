namespace TeamsCert.Web.Bot.Cards.Model;

public sealed record InputNumber : CardInput
{
    public string? Placeholder { get; init; }

    public decimal? Value { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }
}
