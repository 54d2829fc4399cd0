namespace TeamsCert.Domain.AuditTeams;

/// <summary>Everything the team rules look at for one certification step (e.g. initial certification: stage 1 + stage 2).</summary>
/// <param name="SchemeCode">LS, CC9, TEL or AS; matched against competence evaluations.</param>
/// <param name="OrganisationId">The applicant or certified organisation, matched against conflict-of-interest declarations.</param>
/// <param name="Audits">Every audit of the step, with its team.</param>
/// <param name="People">People referred to by the teams, the decision maker and the programme.</param>
public sealed record TeamCheckRequest(string SchemeCode, string OrganisationId, IReadOnlyList<AuditTeam> Audits, IReadOnlyList<Person> People)
{
    public string? FieldCode { get; init; }

    public IReadOnlyList<ConflictOfInterest> ConflictsOfInterest { get; init; } = [];

    /// <summary>The appointed decision maker, or null before one is appointed.</summary>
    public string? DecisionMakerId { get; init; }

    /// <summary>The certification programme, or null when it is not part of this check.</summary>
    public AuditProgramme? Programme { get; init; }

    internal Person? Find(string personId) => People.FirstOrDefault(p => string.Equals(p.Id, personId, StringComparison.Ordinal));
}
