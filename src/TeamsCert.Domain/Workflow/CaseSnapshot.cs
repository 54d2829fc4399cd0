using TeamsCert.Domain.Deadlines;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow;

/// <summary>
/// A case's state as stored, to rebuild it with <see cref="CertificationCase.Restore"/>: the persistence layer's way in,
/// so the case itself has no public setters.
/// </summary>
public sealed record CaseSnapshot
{
    public required Guid Id { get; init; }

    public required string Number { get; init; }

    public required string Scheme { get; init; }

    public required string RuleSetVersion { get; init; }

    public required string Organization { get; init; }

    public string? OrganizationCode { get; init; }

    public int Personnel { get; init; }

    public int Sites { get; init; }

    public string Scope { get; init; } = string.Empty;

    public required DateOnly ReceivedOn { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public CaseStage Stage { get; init; }

    public int Version { get; init; }

    public CaseFacts? Facts { get; init; }

    public IReadOnlyList<PendingStep>? Steps { get; init; }

    public IReadOnlyList<ClockPause>? Pauses { get; init; }

    public IReadOnlyList<string>? MissingMaterials { get; init; }
}
