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
public sealed class TabReadModel(TeamsCertDbContext db, CaseQueries cases, RulesRuntime rules, TimeProvider time, CaseAccessGate access)
{
    public DateOnly Today => ShanghaiTime.Today(time);

    public async Task<IReadOnlyList<PipelineCase>> PipelineAsync(Actor viewer, CancellationToken cancellationToken)
    {
        var visible = await access.FilterAsync(db, viewer, CaseOperation.ViewCase, "tab.pipeline", cancellationToken);
        var rows = await db.Cases.AsNoTracking()
            .Select(c => new { c.Id, c.Number, c.Scheme, c.Organization, c.Stage, c.ReceivedOn, c.FactsJson })
            .OrderBy(c => c.Number).ToListAsync(cancellationToken);
        return [.. rows.Where(c => visible.Includes(c.Id)).Select(c => new PipelineCase(c.Id, c.Number, c.Scheme, c.Organization, c.Stage,
            CaseFactsJson.Read(c.FactsJson).Leader?.PersonId, c.ReceivedOn))];
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

    /// <summary>Per month of the due date: completed dated steps, and how many were completed on or before it.</summary>
    public async Task<IReadOnlyList<(string Month, int OnTime, int Total)>> AdherenceAsync(Actor viewer, CancellationToken cancellationToken)
    {
        var visible = await access.FilterAsync(db, viewer, CaseOperation.ViewCase, "tab.pipeline", cancellationToken);
        var done = nameof(StepStatus.Completed);
        var steps = await db.Steps.AsNoTracking().Where(s => s.Status == done && s.CompletedAt != null && s.DueOn != null)
            .Select(s => new { s.CaseId, s.DueOn, s.CompletedAt }).ToListAsync(cancellationToken);
        return [.. steps.Where(s => visible.Includes(s.CaseId)).GroupBy(s => s.DueOn!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count(s => Shanghai(s.CompletedAt!.Value) <= s.DueOn!.Value), g.Count()))];
    }

    private static DateOnly Shanghai(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, ShanghaiTime.Zone).DateTime);
}
