namespace TeamsCert.Web.Bot.Cards.Links;

/// <summary>A live link as staff see it on a card: never its token.</summary>
public sealed record LiveLinkItem(Guid Id, string Purpose, DateTimeOffset ExpiresAt, string CreatedBy);
