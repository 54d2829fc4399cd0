using TeamsCert.Domain;

namespace TeamsCert.Infrastructure.Links;

public sealed class LinkNotFoundException(Guid linkId) : DomainException($"找不到链接 {linkId} / link {linkId} was not found")
{
    public Guid LinkId { get; } = linkId;
}
