using TeamsCert.Domain.AuditTeams;
using TeamsCert.Web.Bot.Cards.Common;

namespace TeamsCert.Web.Bot.Cards.Notices;

/// <summary>An action that was taken on a step, shown to everyone in place of the step card.</summary>
public sealed record ActionOutcomeModel(CardCase Case, Guid StepId, string Kind, string Action, Person Actor, DateTimeOffset At)
{
    /// <summary>The outcome code or label where the action chose one (a decision).</summary>
    public string? Outcome { get; init; }

    public string? Comment { get; init; }

    /// <summary>The rule the step was journaled under.</summary>
    public string? RuleId { get; init; }
}
