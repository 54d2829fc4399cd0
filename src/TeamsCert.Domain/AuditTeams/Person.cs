using TeamsCert.Domain.Workflow;

namespace TeamsCert.Domain.AuditTeams;

/// <summary>
/// A person of the certification body (the one name for staff everywhere): id (e-mail/UPN), name, workflow roles,
/// Entra object id and, from the staff directory, the qualifications that put them on an audit team or a committee.
/// </summary>
public sealed record Person(string Id, string Name)
{
    public IReadOnlyList<AuditorRegistration> Registrations { get; init; } = [];

    public IReadOnlyList<CompetenceEvaluation> CompetenceEvaluations { get; init; } = [];

    /// <summary>Technical knowledge areas, e.g. the sector a technical expert advises on (002 §7; 004 §5.3.1.3).</summary>
    public IReadOnlyList<string> KnowledgeAreas { get; init; } = [];

    /// <summary>Workflow role codes the person holds (e.g. <c>manager</c>, <c>applicationReviewer</c>); empty when unknown.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The person's Entra object id, so the Teams bot can tell who is writing; empty when unknown.</summary>
    public string AadObjectId { get; init; } = "";

    /// <summary>The person acting now, with the roles they hold.</summary>
    public Actor ToActor() => new(Id, Name, Roles.ToHashSet(StringComparer.Ordinal));
}
