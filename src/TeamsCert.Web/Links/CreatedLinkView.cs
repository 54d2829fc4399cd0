namespace TeamsCert.Web.Links;

/// <summary>The answer to a link's creation: the only time its URL (and so its token) is ever shown.</summary>
public sealed record CreatedLinkView(Guid Id, string Url, DateTimeOffset ExpiresAt, string Purpose, bool Emailed, string? EmailedTo, string? EmailNote);
