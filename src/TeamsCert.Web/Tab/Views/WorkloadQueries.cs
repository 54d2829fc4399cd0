using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TeamsCert.Domain.Workflow;
using TeamsCert.Domain.Workflow.Access;
using TeamsCert.Domain.Workflow.Facts;
using TeamsCert.Infrastructure.Access;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Workflow;

namespace TeamsCert.Web.Tab.Views;

/// <summary>
/// Audit days planned per auditor and month, from the case facts: each audit with a plan (on-site start) gives each
/// active team member an equal share of the programme's person-days (at least one day), on consecutive days from the
/// start; surveillance plans likewise with their own team. Over-allocation is more than
/// <see cref="TabOptions.MaxAuditDaysPerMonth"/> days; a conflict is one person on site for two cases on the same day.
/// Only the cases the viewer may see count (<see cref="CaseAccessGate"/>, ViewCase).
/// </summary>
public sealed class WorkloadQueries(TeamsCertDbContext db, IOptions<TabOptions> options, CaseAccessGate access, CaseQueries cases)
{
    /// <summary>Open steps held by a named person, per person and month of the due date (undated steps under their opening month).</summary>
    public async Task<IReadOnlyList<(string PersonId, string Month, int Steps, int Overdue)>> OpenStepsAsync(Actor viewer, DateOnly today, CancellationToken cancellationToken)
    {
        var open = await cases.OpenStepsAsync(null, viewer, "tab.workload", cancellationToken);
        return [.. open.Where(s => s.AssigneeId is not null && !s.AssigneeId.StartsWith("applicant", StringComparison.Ordinal))
            .GroupBy(s => (Person: s.AssigneeId!, Month: (s.DueOn ?? today).ToString("yyyy-MM", CultureInfo.InvariantCulture)))
            .Select(g => (g.Key.Person, g.Key.Month, g.Count(), g.Count(s => s.DueOn < today)))
            .OrderBy(x => x.Item2, StringComparer.Ordinal).ThenBy(x => x.Item1, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<WorkloadEntry>> PlannedAsync(Actor viewer, CancellationToken cancellationToken)
    {
        var visible = await access.FilterAsync(db, viewer, CaseOperation.ViewCase, "tab.workload", cancellationToken);
        var rows = await db.Cases.AsNoTracking().Select(c => new { c.Id, c.Number, c.FactsJson }).ToListAsync(cancellationToken);
        var visits = new List<(string Person, string Case, DateOnly Day, decimal Share)>();
        foreach (var row in rows.Where(r => visible.Includes(r.Id)))
        {
            var facts = CaseFactsJson.Read(row.FactsJson);
            var days = facts.Programme?.PersonDays ?? facts.Programme?.TotalPersonDays ?? 1m;
            if (facts.Plan is { } plan)
            {
                visits.AddRange(Spread(row.Number, plan.OnSiteStart, days, facts.ActiveTeam));
            }

            foreach (var surveillance in facts.Surveillances.Where(s => s.DoneOn is null))
            {
                // A surveillance not yet planned counts from its due date, with its team or else the case's team (the coming months).
                var team = surveillance.Team.Count > 0 ? surveillance.Team.Where(m => m.Status != TeamMemberStatus.Removed) : facts.ActiveTeam;
                visits.AddRange(Spread(row.Number, surveillance.Plan?.OnSiteStart ?? surveillance.DueOn, days, team));
            }
        }

        var limit = options.Value.MaxAuditDaysPerMonth;
        return [.. visits.GroupBy(v => (v.Person, Month: v.Day.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
            .Select(g =>
            {
                var total = g.Sum(v => v.Share);
                var clashes = g.GroupBy(v => v.Day).Where(d => d.Select(v => v.Case).Distinct().Count() > 1)
                    .Select(d => $"{d.Key:yyyy-MM-dd}: {string.Join(" / ", d.Select(v => v.Case).Distinct())}").ToList();
                return new WorkloadEntry(g.Key.Person, g.Key.Month, total, [.. g.Select(v => v.Case).Distinct()], clashes, total > limit);
            })
            .OrderBy(e => e.Month).ThenBy(e => e.AuditorId, StringComparer.Ordinal)];
    }

    private static IEnumerable<(string, string, DateOnly, decimal)> Spread(string number, DateOnly start, decimal personDays, IEnumerable<TeamMemberFacts> team)
    {
        var members = team.Select(m => m.PersonId).Distinct().ToList();
        if (members.Count == 0)
        {
            yield break;
        }

        var each = Math.Max(1m, Math.Ceiling(personDays / members.Count * 2) / 2);
        var calendarDays = (int)Math.Ceiling(each);
        foreach (var person in members)
        {
            for (var i = 0; i < calendarDays; i++)
            {
                yield return (person, number, start.AddDays(i), Math.Min(1m, each - i));
            }
        }
    }
}
