using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Identity;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Web.Bot.Cards.Model;
using TeamsCert.Web.Bot.Cards.Notices;

namespace TeamsCert.Web.Bot.Steps;

/// <summary>
/// <c>step.refresh</c> and <c>step.show</c>: the step's card as this viewer sees it (acting variant only for someone the
/// runtime would let act); a step already decided shows who decided it and when.
/// </summary>
public sealed class StepViewInvoke(CaseStore store, StepCardFactory cards, StepOutcomes outcomes, OutcomeCardBuilder outcomeCard)
{
    public async Task<AdaptiveCard?> ShowAsync(Guid caseId, Guid stepId, Person viewer, string? viewerTeamsId, string? locale, CancellationToken cancellationToken,
        int? tasksPage = null)
    {
        if (await store.LoadAsync(caseId, cancellationToken) is not { } @case || @case.Steps.FirstOrDefault(s => s.Id == stepId) is not { } step)
        {
            return null;
        }

        return step.Status == StepStatus.Open
            ? await cards.BuildAsync(@case, step, viewer, viewerTeamsId, locale, cancellationToken, tasksPage: tasksPage)
            : outcomeCard.Build(outcomes.For(@case, step, null, null), locale);
    }
}
