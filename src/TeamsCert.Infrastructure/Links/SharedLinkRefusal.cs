namespace TeamsCert.Infrastructure.Links;

/// <summary>Why a token does not open the portal.</summary>
public enum SharedLinkRefusal
{
    /// <summary>No link has this token's hash: mistyped, tampered with, or never issued.</summary>
    NotFound,
    Expired,
    Revoked,

    /// <summary>The link's step has been answered (or closed by staff): it is spent.</summary>
    Completed,
}
