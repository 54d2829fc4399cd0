namespace TeamsCert.Web.Bot.Cards.Model;

public sealed record InputText : CardInput
{
    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }
}
