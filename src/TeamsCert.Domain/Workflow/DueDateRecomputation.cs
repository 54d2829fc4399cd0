using System.Globalization;

namespace TeamsCert.Domain.Workflow;

/// <summary>
/// Recomputes the due dates of a case's open steps from their rules, anchors and pauses (e.g. after next year's official
/// holiday notice is imported, A-41), journaling every date that moved and replacing the step's timers.
/// </summary>
public static class DueDateRecomputation
{
    /// <returns>How many due dates changed.</returns>
    public static int Recompute(CaseProcess process, CertificationCase @case, Actor actor, DateTimeOffset now)
    {
        var changed = 0;
        foreach (var step in @case.Steps.Where(s => s.Status == StepStatus.Open && s.DueRuleId is not null))
        {
            var (before, wasProvisional) = (step.DueOn, step.DueProvisional);
            process.Reschedule(@case, step, now);
            if (step.DueOn == before && step.DueProvisional == wasProvisional)
            {
                continue;
            }

            changed++;
            @case.Record("deadline.recomputed", actor, now, "日历数据更新 / calendar data updated", step.DueRuleId, new Dictionary<string, string>
            {
                ["stepId"] = step.Id.ToString(),
                ["from"] = Iso(before) + (wasProvisional ? " (provisional)" : string.Empty),
                ["to"] = Iso(step.DueOn) + (step.DueProvisional ? " (provisional)" : string.Empty),
            });
        }

        return changed;
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
