namespace TeamsCert.Domain.AuditTeams;

/// <summary>Candidates for one role on one audit, for the team picker.</summary>
public sealed record EligibilityQuery(string SchemeCode, string OrganisationId, TeamRole Role, DateOnly StartDate, IReadOnlyList<Person> Candidates)
{
    public DateOnly? EndDate { get; init; }

    public string? FieldCode { get; init; }

    public bool IsShortNotice { get; init; }

    public IReadOnlyList<ConflictOfInterest> ConflictsOfInterest { get; init; } = [];

    /// <summary>The step's decision maker, who may not join a team (TEL-R01, AS-R01, A-13).</summary>
    public string? DecisionMakerId { get; init; }
}
