using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Web.Bot.Cards.Common;
using TeamsCert.Web.Bot.Cards.Notices;

namespace TeamsCert.Web.Bot.Steps;

/// <summary>"Who did what, when" of a decided step, as the outcome card shows it.</summary>
public sealed class StepOutcomes(StaffRoster roster)
{
    public static CardCase Header(CertificationCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return new(@case.Id, @case.Number, @case.Organization, @case.Scheme, @case.Stage);
    }

    /// <param name="action">The action taken; for a step decided elsewhere, its outcome stands in.</param>
    public ActionOutcomeModel For(CertificationCase @case, PendingStep step, string? action, string? comment)
    {
        ArgumentNullException.ThrowIfNull(step);
        var by = step.CompletedBy ?? "?";
        var actor = new Person(by, roster.Find(by)?.Name ?? by);
        return new ActionOutcomeModel(Header(@case), step.Id, step.Kind, action ?? step.Outcome ?? "done", actor, step.CompletedAt ?? DateTimeOffset.MinValue)
        {
            Outcome = step.Outcome,
            Comment = comment,
            RuleId = step.DueRuleId,
        };
    }
}
