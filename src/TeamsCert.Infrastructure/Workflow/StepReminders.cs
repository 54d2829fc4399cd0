using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Workflow;

/// <summary>Reminds whoever must act on a step: the case records it and queues the outbox message in one save.</summary>
public sealed class StepReminders(CaseStore store, TimeProvider time)
{
    public async Task<CertificationCase> RemindAsync(Guid caseId, Guid stepId, string? note, Actor actor, CancellationToken cancellationToken) =>
        (await new CaseUnitOfWork(store, time).ChangeAsync(caseId, c => c.Remind(stepId, note, actor, time.GetUtcNow()), cancellationToken: cancellationToken)).Case;
}
