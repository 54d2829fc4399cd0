using TeamsCert.Domain.AuditTeams;
using TeamsCert.Web.Bot.Cards.Common;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>
/// What the step card shows: the case, the open step (kind, allowed actions, due date and rule) and the people
/// allowed to act (their ids become <c>refresh.userIds</c>; anyone else sees the read-only variant).
/// </summary>
public sealed record StepCardModel(
    CardCase Case, Guid StepId, string Kind, IReadOnlyList<string> Actions, DateOnly? DueOn, string? DueRuleId, IReadOnlyList<Person> Actors)
{
    /// <summary>The role the step is opened for, shown when no named actor is known.</summary>
    public string? Role { get; init; }

    public bool DueProvisional { get; init; }

    public bool Paused { get; init; }

    /// <summary>The scheme's outcomes for a decision step (certification-decision, surveillance-decision).</summary>
    public IReadOnlyList<OutcomeOption> Outcomes { get; init; } = [];

    /// <summary>The reasons the scheme allows for a status change from the certificate's current status (status and decision steps).</summary>
    public IReadOnlyList<TriggerOption> Triggers { get; init; } = [];

    /// <summary>The team picker of a team-assignment step or a special-audit request.</summary>
    public TeamPickerModel? Team { get; init; }

    /// <summary>The facts the decider needs (application and materials, findings, score, corrective actions).</summary>
    public StepFacts Facts { get; init; } = StepFacts.None;

    /// <summary>A refused input: the form comes back with the message beside the field and the typed values kept.</summary>
    public InputProblem? Problem { get; init; }

    /// <summary>The "my tasks" page the card was opened from: the card offers the way back to it.</summary>
    public int? TasksPage { get; init; }
}
