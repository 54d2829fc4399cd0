using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;

namespace TeamsCert.Infrastructure.Workflow;

/// <summary>
/// Recomputes open steps' due dates and timers against the calendar now loaded: run at start-up for provisional dates
/// (an official year may have been imported, A-41) and on demand (<c>teamscert timers recompute</c>).
/// </summary>
public sealed class DueDateRefresh(Func<TeamsCertDbContext> newContext, RulesRuntime rules, TimeProvider time)
{
    public async Task<(int Cases, int Changed)> RunAsync(bool onlyProvisional, CancellationToken cancellationToken = default)
    {
        List<Guid> caseIds;
        await using (var db = newContext())
        {
            caseIds = await db.Steps.Where(s => s.Status == nameof(StepStatus.Open) && s.DueRuleId != null && (!onlyProvisional || s.DueProvisional))
                .Select(s => s.CaseId).Distinct().ToListAsync(cancellationToken);
        }

        var changed = 0;
        foreach (var caseId in caseIds)
        {
            changed += await RefreshAsync(caseId, cancellationToken);
        }

        return (caseIds.Count, changed);
    }

    private async Task<int> RefreshAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var db = newContext();
        var store = new CaseStore(db, time, rules.Schemes);
        try
        {
            // Someone acting on the case meanwhile makes the unit of work recompute on the fresh state.
            var change = await new CaseUnitOfWork(store, time).ChangeAsync(caseId, (@case, _) =>
            {
                var process = new CaseProcess(rules.Schemes.Version(@case.Scheme, @case.RuleSetVersion), rules.Calendar);
                return ValueTask.FromResult(DueDateRecomputation.Recompute(process, @case, Actor.System, time.GetUtcNow()));
            }, cancellationToken: cancellationToken);
            return change.Value;
        }
        catch (CaseNotFoundException)
        {
            return 0;
        }
    }
}
