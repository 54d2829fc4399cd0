using TeamsCert.Domain.Certificates;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>One line of a certificate's status log: date, from, to, reason, by whom (000 App. B.3).</summary>
public sealed class StatusChangeFacts
{
    public required DateOnly On { get; init; }

    public CertificateState? From { get; init; }

    public required CertificateState To { get; init; }

    public required string Reason { get; init; }

    public required string By { get; init; }
}
