using TeamsCert.Domain;

namespace TeamsCert.Infrastructure.Documents;

public sealed class DocumentNotFoundException(Guid documentId) : DomainException($"找不到文件 {documentId} / document {documentId} was not found")
{
    public Guid DocumentId { get; } = documentId;
}
