using Microsoft.EntityFrameworkCore;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Workflow;

/// <summary>
/// The read side shared by the HTTP API and the bot: case summaries, open steps across cases (my tasks, the digest) and a
/// case by number. Reads the step rows, so a list never loads whole aggregates. A person's lists show only the cases
/// <see cref="CaseAccessGate"/> lets them see.
/// </summary>
public sealed class CaseQueries(TeamsCertDbContext db, CaseStore store, TimeProvider time, CaseAccessGate access)
{
    /// <summary>Summaries of the cases <paramref name="viewer"/> may see (<see cref="CaseOperation.ViewCase"/>).</summary>
    public async Task<IReadOnlyList<CaseSummary>> ListAsync(string? schemeCode, string? stage, bool? overdue, Actor viewer, CancellationToken cancellationToken)
    {
        var visible = await access.FilterAsync(db, viewer, CaseOperation.ViewCase, "api.cases", cancellationToken);
        var today = ShanghaiTime.Today(time);
        var query = db.Cases.AsNoTracking().Include(c => c.Steps).AsQueryable();
        if (schemeCode is not null)
        {
            query = query.Where(c => c.Scheme == schemeCode);
        }

        if (!string.IsNullOrWhiteSpace(stage))
        {
            query = query.Where(c => c.Stage == stage);
        }

        var rows = await query.OrderBy(c => c.Number).ToListAsync(cancellationToken);
        var summaries = rows.Where(c => visible.Includes(c.Id)).Select(c =>
        {
            var next = c.Steps.Where(s => s.Status == nameof(StepStatus.Open) && s.DueOn != null && !s.Paused).OrderBy(s => s.DueOn).FirstOrDefault();
            return new CaseSummary(c.Id, c.Number, c.Scheme, c.Organization, c.Stage, next?.DueOn, next?.DueRuleId, next?.DueOn < today);
        });
        return overdue is { } wanted ? [.. summaries.Where(s => s.Overdue == wanted)] : [.. summaries];
    }

    /// <summary>The open steps of the cases <paramref name="viewer"/> may see (<see cref="CaseOperation.ViewCase"/>), optionally of one scheme.</summary>
    /// <param name="surface">Where the list is shown, for the gate's log.</param>
    public async Task<IReadOnlyList<OpenStep>> OpenStepsAsync(string? schemeCode, Actor viewer, string surface, CancellationToken cancellationToken)
    {
        var visible = await access.FilterAsync(db, viewer, CaseOperation.ViewCase, surface, cancellationToken);
        return [.. (await OpenStepsAsync(schemeCode, cancellationToken)).Where(s => visible.Includes(s.CaseId))];
    }

    /// <summary>Every open step with its case, optionally of one scheme (the digest's channel; no person); paused steps have no running due date.</summary>
    public async Task<IReadOnlyList<OpenStep>> OpenStepsAsync(string? schemeCode, CancellationToken cancellationToken)
    {
        var open = nameof(StepStatus.Open);
        var query = from s in db.Steps.AsNoTracking()
                    join c in db.Cases.AsNoTracking() on s.CaseId equals c.Id
                    where s.Status == open
                    select new { Step = s, c.Number, c.Organization, c.Scheme, c.Stage };
        if (schemeCode is not null)
        {
            query = query.Where(x => x.Scheme == schemeCode);
        }

        var rows = await query.ToListAsync(cancellationToken);
        return [.. rows.Select(x => new OpenStep(
            x.Step.CaseId, x.Number, x.Organization, x.Scheme, Enum.Parse<CaseStage>(x.Stage), x.Step.Id, x.Step.Kind, x.Step.Role,
            x.Step.AssigneeId, x.Step.Paused ? null : x.Step.DueOn, x.Step.DueRuleId))];
    }

    /// <summary>The case with that number (numbers are upper case, so the input is upper-cased), or null.</summary>
    public async Task<CertificationCase?> FindByNumberAsync(string number, CancellationToken cancellationToken)
    {
        var wanted = number.Trim().ToUpperInvariant();
        var id = await db.Cases.AsNoTracking().Where(c => c.Number == wanted).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        return id is { } found ? await store.LoadAsync(found, cancellationToken) : null;
    }
}
