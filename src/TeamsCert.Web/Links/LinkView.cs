using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Web.Links;

/// <summary>A link as listed for staff: never its token or hash.</summary>
public sealed record LinkView(Guid Id, string Purpose, string Status, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt, string? RevokedBy, DateTimeOffset? CompletedAt, DateTimeOffset? LastUsedAt, int UseCount)
{
    public static LinkView From(SharedLinkRow row, DateTimeOffset now) => new(row.Id, row.Purpose,
        row.RevokedAt is not null ? "revoked" : row.CompletedAt is not null ? "completed" : now >= row.ExpiresAt ? "expired" : "active",
        row.CreatedBy, row.CreatedAt, row.ExpiresAt, row.RevokedAt, row.RevokedBy, row.CompletedAt, row.LastUsedAt, row.UseCount);
}
