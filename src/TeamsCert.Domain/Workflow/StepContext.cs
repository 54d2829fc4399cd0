using System.Globalization;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Deadlines;
using TeamsCert.Domain.Schemes;

namespace TeamsCert.Domain.Workflow;

/// <summary>Everything a step handler needs for one action: the case, the step, who acts and when, and the rules.</summary>
public sealed class StepContext(CertificationCase @case, PendingStep step, Actor actor, DateTimeOffset now, CaseProcess process)
{
    public CertificationCase Case { get; } = @case;

    public PendingStep Step { get; } = step;

    public Actor Actor { get; } = actor;

    public DateTimeOffset Now { get; } = now;

    public DateOnly Today { get; } = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ShanghaiTime.Zone).DateTime);

    public CaseProcess Process { get; } = process;

    public SchemeRuleSet RuleSet => Process.RuleSet;

    /// <summary>Opens a step; with a deadline rule, its due date is the rule's latest date after <paramref name="anchor"/>.</summary>
    public PendingStep Open(string kind, string role, string? dueRuleId = null, DateOnly? anchor = null)
    {
        var opened = Case.OpenNewStep(kind, role, Today, Actor, Now);
        if (dueRuleId is not null)
        {
            opened.DueRuleId = dueRuleId;
            opened.DueAnchor = anchor ?? Today;
            Process.Reschedule(Case, opened, Now);
        }

        return opened;
    }

    public void Complete(string outcome, IReadOnlyDictionary<string, string> data, string? reason = null, string? ruleId = null) =>
        Case.Complete(Step, outcome, Actor, Now, reason, ruleId ?? Step.DueRuleId, data);

    public void MoveTo(CaseStage stage, string? reason = null, string? ruleId = null) => Case.MoveTo(stage, Actor, Now, reason, ruleId);

    public void Record(string type, string? reason, string? ruleId, IReadOnlyDictionary<string, string>? data = null) =>
        Case.Record(type, Actor, Now, reason, ruleId, data);

    /// <summary>Queues an outbound message; the key is unique per case, kind and instant so a replay never sends it twice.</summary>
    public void Notify(string kind, string recipient, params (string Key, string Value)[] extra)
    {
        var data = new Dictionary<string, string> { ["caseId"] = Case.Id.ToString(), ["number"] = Case.Number, ["organization"] = Case.Organization };
        foreach (var (key, value) in extra)
        {
            data[key] = value;
        }

        Case.Send(new OutboundMessage(string.Create(CultureInfo.InvariantCulture, $"{Case.Id}:{kind}:{Now.UtcTicks}"), kind, recipient, data));
    }

    public static string Required(IReadOnlyDictionary<string, string> data, string key) =>
        data.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : throw new InvalidInputException($"data.{key}", $"缺少 {key} / data.{key} is required");

    public DeadlineRule Deadline(string ruleId) => RuleSet.Deadline(ruleId);
}
