using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Infrastructure.Workflow;
using TeamsCert.Web.Cases;

namespace TeamsCert.Web.Tab.Views;

/// <summary>
/// What the tab's managers' views read: case rows with their facts (pipeline), open steps with working days left
/// (deadlines, through <see cref="CaseQueries"/>), and finished steps for the charts; each only of the cases the viewer
/// may see (<see cref="CaseAccessGate"/>, ViewCase). Read-only; no aggregate is changed.
/// </summary>
public sealed class TabReadModel(TeamsCertDbContext db, CaseQueries cases, RulesRuntime rules, TimeProvider time, CaseAccessGate access,
    CaseStore store, CaseActions actions)
{
    public DateOnly Today => ShanghaiTime.Today(time);

    public async Task<IReadOnlyList<PipelineCase>> PipelineAsync(Actor viewer, CancellationToken cancellationToken)
    {
        var visible = await access.FilterAsync(db, viewer, CaseOperation.ViewCase, "tab.pipeline", cancellationToken);
        var rows = await db.Cases.AsNoTracking()
            .Select(c => new { c.Id, c.Number, c.Scheme, c.Organization, c.Stage, c.ReceivedOn, c.FactsJson })
            .OrderBy(c => c.Number).ToListAsync(cancellationToken);
        var today = Today;
        var open = (await cases.OpenStepsAsync(null, viewer, "tab.pipeline", cancellationToken)).Where(s => s.DueOn is not null)
            .ToLookup(s => s.CaseId);
        return [.. rows.Where(c => visible.Includes(c.Id)).Select(c =>
        {
            var facts = CaseFactsJson.Read(c.FactsJson);
            var next = open[c.Id].OrderBy(s => s.DueOn).FirstOrDefault();
            return new PipelineCase(c.Id, c.Number, c.Scheme, c.Organization, c.Stage, facts.Leader?.PersonId, c.ReceivedOn)
            {
                CertificateState = facts.Certificate?.State,
                NextDueOn = next?.DueOn,
                NextDueKind = next?.Kind,
                NextDueWorkingDays = next is null ? null : rules.Calendar.CountWorkingDays(today, next.DueOn!.Value).Value,
                OverdueSteps = open[c.Id].Count(s => s.DueOn < today),
            };
        })];
    }

    /// <summary>Open steps that are overdue today (the KPI that the deadline-met rate must not hide).</summary>
    public async Task<int> OpenOverdueAsync(Actor viewer, CancellationToken cancellationToken)
    {
        var today = Today;
        return (await cases.OpenStepsAsync(null, viewer, "tab.pipeline", cancellationToken)).Count(s => s.DueOn is not null && s.DueOn < today);
    }

    /// <summary>The people the rules allow for each step (reassignment picker), by step id; a case is loaded once.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<StepCandidate>>> CandidatesAsync(IEnumerable<(Guid CaseId, Guid StepId)> steps,
        CancellationToken cancellationToken)
    {
        var result = new Dictionary<Guid, IReadOnlyList<StepCandidate>>();
        foreach (var group in steps.GroupBy(s => s.CaseId))
        {
            if (await store.LoadAsync(group.Key, cancellationToken) is not { } @case)
            {
                continue;
            }

            foreach (var (_, stepId) in group)
            {
                result[stepId] = actions.Candidates(@case, stepId);
            }
        }

        return result;
    }

    /// <summary>Open, running steps that are overdue or due within <paramref name="workingDays"/> working days, most urgent first.</summary>
    public async Task<IReadOnlyList<DeadlineRow>> DeadlinesAsync(int workingDays, Actor viewer, CancellationToken cancellationToken)
    {
        var today = Today;
        var open = await cases.OpenStepsAsync(null, viewer, "tab.deadlines", cancellationToken);
        return [.. open.Where(s => s.DueOn is not null)
            .Select(s => new DeadlineRow(s.CaseId, s.Number, s.Organization, s.Scheme, s.StepId, s.Kind, s.AssigneeId ?? $"role:{s.Role}",
                s.AssigneeId is not null, s.DueOn!.Value, s.DueRuleId, rules.Calendar.CountWorkingDays(today, s.DueOn.Value).Value, s.DueOn < today))
            .Where(d => d.Overdue || d.WorkingDays <= workingDays)
            .OrderBy(d => d.DueOn).ThenBy(d => d.Number)];
    }

    /// <summary>Average calendar days from opening to completion, per step kind (the stages' building blocks).</summary>
    public async Task<IReadOnlyList<(string Kind, double Days, int Count)>> CycleTimesAsync(Actor viewer, CancellationToken cancellationToken)
    {
        var visible = await access.FilterAsync(db, viewer, CaseOperation.ViewCase, "tab.pipeline", cancellationToken);
        var done = nameof(StepStatus.Completed);
        var steps = await db.Steps.AsNoTracking().Where(s => s.Status == done && s.CompletedAt != null)
            .Select(s => new { s.CaseId, s.Kind, s.OpenedOn, s.CompletedAt }).ToListAsync(cancellationToken);
        return [.. steps.Where(s => visible.Includes(s.CaseId)).GroupBy(s => s.Kind)
            .Select(g => (g.Key, g.Average(s => (double)(Shanghai(s.CompletedAt!.Value).DayNumber - s.OpenedOn.DayNumber)), g.Count()))
            .OrderByDescending(x => x.Item2)];
    }

    /// <summary>
    /// Per month of the due date: the steps whose deadline has been judged — completed dated steps (met when completed
    /// on or before the due date) and open steps already past their due date (missed) — and how many met it.
    /// </summary>
    public async Task<IReadOnlyList<(string Month, int OnTime, int Total)>> AdherenceAsync(Actor viewer, CancellationToken cancellationToken)
    {
        var visible = await access.FilterAsync(db, viewer, CaseOperation.ViewCase, "tab.pipeline", cancellationToken);
        var done = nameof(StepStatus.Completed);
        var open = nameof(StepStatus.Open);
        var today = Today;
        var steps = await db.Steps.AsNoTracking().Where(s => s.DueOn != null && ((s.Status == done && s.CompletedAt != null) || s.Status == open))
            .Select(s => new { s.CaseId, s.DueOn, s.CompletedAt, s.Status, s.Paused }).ToListAsync(cancellationToken);
        var judged = steps.Where(s => visible.Includes(s.CaseId))
            .Where(s => s.Status == done || (!s.Paused && s.DueOn < today))
            .Select(s => (Due: s.DueOn!.Value, Met: s.Status == done && Shanghai(s.CompletedAt!.Value) <= s.DueOn!.Value));
        return [.. judged.GroupBy(s => s.Due.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count(s => s.Met), g.Count()))];
    }

    private static DateOnly Shanghai(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, ShanghaiTime.Zone).DateTime);
}
