using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Deadlines;
using TeamsCert.Domain.Schemes;

namespace TeamsCert.Domain.Workflow;

/// <summary>
/// The certification process for one scheme rule set: opens a case on an application and resumes its pending steps.
/// Implemented so far: application review (accept, one-time deficiency notice with the clock paused, reject) and the
/// applicant's answer to a deficiency notice; acceptance opens the audit-programme step.
/// </summary>
public sealed class CaseProcess(SchemeRuleSet ruleSet, WorkingDayCalendar calendar)
{
    public const string ApplicationReview = "application-review";
    public const string ApplicantDocuments = "applicant-documents";
    public const string AuditProgramme = "audit-programme";

    private readonly DeadlineCalculator _deadlines = new(calendar, ruleSet.Settings);

    public SchemeRuleSet RuleSet => ruleSet;

    /// <summary>The rule for the application-review deadline (LS-D01, CC9-D01, TEL-D01, AS-D01 with A-05).</summary>
    public DeadlineRule ReviewRule =>
        ruleSet.Deadlines.First(d => d.Anchor == "applicationReceived" && d.Target == "applicationReviewConcluded");

    public CertificationCase Open(OpenCaseRequest request, string number, Actor actor, DateTimeOffset now)
    {
        request.Validate();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ShanghaiTime.Zone).DateTime);
        ruleSet.EnsureOpenForApplications(today);
        var @case = new CertificationCase
        {
            Id = Guid.NewGuid(),
            Number = number,
            Scheme = ruleSet.Scheme,
            RuleSetVersion = ruleSet.Version,
            Organization = request.Organization.Trim(),
            Personnel = request.Personnel,
            Sites = request.Sites,
            Scope = request.Scope.Trim(),
            ReceivedOn = today,
            CreatedAt = now,
            Stage = CaseStage.ApplicationReview,
        };
        @case.Record("case.opened", actor, now, null, null, new Dictionary<string, string>
        {
            ["number"] = number,
            ["scheme"] = ruleSet.Scheme,
            ["ruleSetVersion"] = ruleSet.Version,
            ["organization"] = @case.Organization,
            ["personnel"] = request.Personnel.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["sites"] = request.Sites.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["scope"] = @case.Scope,
        });
        var review = @case.OpenNewStep(ApplicationReview, StaffRoles.ApplicationReviewer, today, actor, now);
        Reschedule(@case, review, now);
        return @case;
    }

    public void Act(CertificationCase @case, Guid stepId, string action, IReadOnlyDictionary<string, string> data, Actor actor, DateTimeOffset now)
    {
        var step = @case.Step(stepId);
        @case.EnsureCanAct(step, actor);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ShanghaiTime.Zone).DateTime);
        switch (step.Kind, action)
        {
            case (ApplicationReview, "accept"):
                @case.Complete(step, "accepted", actor, now, data.GetValueOrDefault("comment"), ReviewRule.Id, data);
                @case.MoveTo(CaseStage.AuditProgramme, actor, now, null, ReviewRule.Id);
                @case.OpenNewStep(AuditProgramme, StaffRoles.ProgrammeManager, today, actor, now);
                Notify(@case, "application-accepted", now);
                break;
            case (ApplicationReview, "deficiency"):
                NoticeDeficiency(@case, step, data, actor, now, today);
                break;
            case (ApplicationReview, "reject"):
                var reason = Required(data, "reason");
                @case.Complete(step, "rejected", actor, now, reason, ReviewRule.Id, data);
                @case.MoveTo(CaseStage.Refused, actor, now, reason, ReviewRule.Id);
                Notify(@case, "application-rejected", now);
                break;
            case (ApplicantDocuments, "supply"):
                Resume(@case, step, data, actor, now, today);
                break;
            default:
                throw new InvalidInputException("action", $"步骤 {step.Kind} 不接受操作“{action}” / step {step.Kind} has no action \"{action}\"; allowed: {string.Join(", ", Actions(step.Kind))}");
        }
    }

    public static IReadOnlyList<string> Actions(string kind) => kind switch
    {
        ApplicationReview => ["accept", "deficiency", "reject"],
        ApplicantDocuments => ["supply"],
        _ => [],
    };

    /// <summary>Recomputes a step's due date from its rule, the anchor and every clock pause, and replaces its timers.</summary>
    public void Reschedule(CertificationCase @case, PendingStep step, DateTimeOffset now)
    {
        if (step.Kind != ApplicationReview)
        {
            return;
        }

        var window = _deadlines.Window(ReviewRule, @case.ReceivedOn, @case.Pauses);
        step.DueOn = window.Latest;
        step.DueRuleId = ReviewRule.Id;
        step.DueProvisional = window.Provisional;
        step.Paused = window.Paused;
        @case.ReplaceTimers(step.Id, StepTimers.For(step, calendar, now));
    }

    private void NoticeDeficiency(CertificationCase @case, PendingStep step, IReadOnlyDictionary<string, string> data, Actor actor, DateTimeOffset now, DateOnly today)
    {
        if (@case.Pauses.Count > 0)
        {
            throw new RuleViolationException(ReviewRule.Id,
                $"{ReviewRule.Id}：缺件通知须一次性列明全部材料，本案已发过通知 / {ReviewRule.Id}: the deficiency notice must list every missing item at once and one was already sent", "action");
        }

        var known = ruleSet.Eligibility.Materials.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var missing = Required(data, "missing").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (missing.FirstOrDefault(code => !known.Contains(code)) is { } unknown)
        {
            throw new InvalidInputException("data.missing", $"未知的材料代码“{unknown}”，应为 {string.Join("、", known)} / unknown material \"{unknown}\"");
        }

        @case.MissingMaterials.Clear();
        @case.MissingMaterials.AddRange(missing);
        @case.Pauses.Add(new ClockPause(today, null, "deficiency-notice"));
        Reschedule(@case, step, now);
        @case.Record("application.deficiency-notified", actor, now, data.GetValueOrDefault("comment"), ReviewRule.Id,
            new Dictionary<string, string> { ["missing"] = string.Join(",", missing), ["clock"] = "paused" });
        @case.MoveTo(CaseStage.AwaitingApplicant, actor, now, null, ReviewRule.Id);
        @case.OpenNewStep(ApplicantDocuments, StaffRoles.Applicant, today, actor, now);
        Notify(@case, "application-deficiency", now, ("missing", string.Join(",", missing)));
    }

    private void Resume(CertificationCase @case, PendingStep step, IReadOnlyDictionary<string, string> data, Actor actor, DateTimeOffset now, DateOnly today)
    {
        var supplied = data.GetValueOrDefault("materials")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var outstanding = @case.MissingMaterials.Except(supplied, StringComparer.Ordinal).ToList();
        @case.Complete(step, "supplied", actor, now, null, ReviewRule.Id, new Dictionary<string, string>
        {
            ["supplied"] = string.Join(",", supplied),
            ["outstanding"] = string.Join(",", outstanding),
        });
        var open = @case.Pauses.FindIndex(p => p.End is null);
        @case.Pauses[open] = @case.Pauses[open] with { End = today };
        @case.MoveTo(CaseStage.ApplicationReview, actor, now, null, ReviewRule.Id);
        Reschedule(@case, @case.OpenStep(ApplicationReview)!, now);
        @case.Record("clock.resumed", actor, now, null, ReviewRule.Id, new Dictionary<string, string>
        {
            ["due"] = @case.OpenStep(ApplicationReview)!.DueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        });
    }

    private static void Notify(CertificationCase @case, string kind, DateTimeOffset now, params (string Key, string Value)[] extra)
    {
        var data = new Dictionary<string, string> { ["caseId"] = @case.Id.ToString(), ["number"] = @case.Number, ["organization"] = @case.Organization };
        foreach (var (key, value) in extra)
        {
            data[key] = value;
        }

        @case.Send(new OutboundMessage($"{@case.Id}:{kind}:{now.UtcTicks}", kind, "applicant", data));
    }

    private static string Required(IReadOnlyDictionary<string, string> data, string key) =>
        data.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : throw new InvalidInputException($"data.{key}", $"缺少 {key} / data.{key} is required");
}
