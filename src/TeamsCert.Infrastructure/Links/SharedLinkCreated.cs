using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Links;

/// <summary>A new link: its row and the token, which exists only here and in the URL handed to the caller.</summary>
public sealed record SharedLinkCreated(SharedLinkRow Link, string Token, string CaseNumber, string Organization);
