using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Web.Tab.Actions;

/// <summary>Reminds whoever must act on a step: the case records it and queues the outbox message in one save.</summary>
public sealed class StepReminders(CaseStore store, TimeProvider time)
{
    private const int Attempts = 5;

    public async Task<CertificationCase> RemindAsync(Guid caseId, Guid stepId, string? note, Actor actor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var @case = await store.LoadAsync(caseId, cancellationToken) ?? throw new CaseNotFoundException(caseId);
            @case.Remind(stepId, note, actor, time.GetUtcNow());
            try
            {
                await store.SaveAsync(@case, cancellationToken: cancellationToken);
                return @case;
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                store.Reset();
            }
        }
    }
}
