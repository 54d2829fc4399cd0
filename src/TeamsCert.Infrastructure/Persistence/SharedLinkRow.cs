namespace TeamsCert.Infrastructure.Persistence;

/// <summary>
/// An expiring, revocable, single-case, single-purpose link for the applicant. Only the SHA-256 of the token is kept
/// (<see cref="TokenHash"/>), never the token, so the table cannot be used to open the portal.
/// </summary>
public sealed class SharedLinkRow
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>One of the shared-link purposes (<c>documents</c>, <c>corrective-actions</c>…).</summary>
    public string Purpose { get; set; } = "";

    /// <summary>The pending step the link was created for; the link is spent once that step is no longer open.</summary>
    public Guid? StepId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token's text; unique.</summary>
    public string TokenHash { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public int UseCount { get; set; }
}
