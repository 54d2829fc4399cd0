namespace TeamsCert.Web.Bot.Cards.Model;

/// <summary>The <c>msteams</c> property of a card's root: <c>Full</c> width uses the whole chat column.</summary>
public sealed record TeamsCardProperties(string Width = "Full")
{
    public static TeamsCardProperties FullWidth { get; } = new();
}
