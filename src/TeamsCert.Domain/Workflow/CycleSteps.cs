using TeamsCert.Domain.AuditTeams;

namespace TeamsCert.Domain.Workflow;

/// <summary>Small helpers shared by the cycle handlers: assigned steps, deadline rules by event, team-rule refusals.</summary>
internal static class CycleSteps
{
    /// <summary>Opens a step for one named person (team leader, team member); only they or a manager may answer it.</summary>
    public static PendingStep OpenFor(this StepContext context, string kind, string role, string assigneeId, string? dueRuleId = null, DateOnly? anchor = null)
    {
        var step = context.Open(kind, role, dueRuleId, anchor);
        step.AssigneeId = assigneeId;
        context.Record("step.assigned", null, null, new Dictionary<string, string> { ["stepId"] = step.Id.ToString(), ["assignee"] = assigneeId });
        return step;
    }

    /// <summary>The scheme's deadline rule between two events, or null when the scheme has none.</summary>
    public static string? RuleId(this StepContext context, string anchor, string target) =>
        context.RuleSet.Deadlines.FirstOrDefault(d => d.Anchor == anchor && d.Target == target)?.Id;

    /// <summary>Refuses with the first error's rule id; warnings are journaled.</summary>
    public static void Enforce(this StepContext context, IReadOnlyList<RuleBreach> breaches, string field)
    {
        foreach (var warning in breaches.Where(b => b.Severity == RuleBreachSeverity.Warning))
        {
            context.Record("team.rule-warning", warning.Message.En, warning.RuleId);
        }

        var errors = breaches.Where(b => b.Severity == RuleBreachSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new RuleViolationException(errors[0].RuleId,
                string.Join("；", errors.Select(e => $"{e.RuleId}: {e.Message.ZhCn}")) + " / " + string.Join("; ", errors.Select(e => $"{e.RuleId}: {e.Message.En}")),
                field);
        }
    }

    public static Dictionary<string, string> With(this IReadOnlyDictionary<string, string> data, params (string Key, string Value)[] extra)
    {
        var copy = new Dictionary<string, string>(data);
        foreach (var (key, value) in extra)
        {
            copy[key] = value;
        }

        return copy;
    }
}
