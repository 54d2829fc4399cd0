using TeamsCert.Domain;

namespace TeamsCert.Web.Bot.Cards.Links;

/// <summary>The link just created: its URL lives only in the card that answers the click.</summary>
public sealed record CreatedLinkNote(Uri Url, string Purpose, DateTimeOffset ExpiresAt)
{
    public string? EmailedTo { get; init; }

    /// <summary>Why it was not e-mailed, when it was not.</summary>
    public LocalizedText? Note { get; init; }
}
