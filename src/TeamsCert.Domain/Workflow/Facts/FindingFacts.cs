using System.Text.Json.Serialization;

namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>A finding of an audit: grade, clause and evidence; nonconformities need a verified correction.</summary>
public sealed class FindingFacts
{
    public required string AuditKind { get; init; }

    public required FindingGrade Grade { get; init; }

    public required string Clause { get; init; }

    public required string Evidence { get; init; }

    [JsonIgnore]
    public bool IsNonconformity => Grade != FindingGrade.Observation;
}
