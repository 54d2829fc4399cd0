using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Web.Bot.Users;

namespace TeamsCert.Web.Bot.Steps;

/// <summary>Sends each newly opened step's card to the people who are to act on it, each in their own conversation.</summary>
public sealed class NextStepCards(CaseStore store, StepCardFactory cards, ProactiveCards proactive)
{
    public async Task<int> SendAsync(Guid caseId, IReadOnlyList<Guid> stepIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepIds);
        if (await store.LoadAsync(caseId, cancellationToken) is not { } @case)
        {
            return 0;
        }

        var sent = 0;
        foreach (var step in @case.Steps.Where(s => stepIds.Contains(s.Id)))
        {
            foreach (var person in cards.ActingPeople(step))
            {
                sent += await proactive.SendAsync(person, locale => cards.BuildAsync(@case, step, person, null, locale, cancellationToken),
                    $"step card {step.Kind}", cancellationToken) ? 1 : 0;
            }
        }

        return sent;
    }
}
