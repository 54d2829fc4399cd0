using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Deadlines;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Workflow.Applications;

namespace TeamsCert.Domain.Workflow;

/// <summary>
/// The certification process for one scheme rule set: opens a case on an application and resumes its pending steps
/// through the handler registered for each step kind. Step due dates come from the scheme's deadline rules.
/// </summary>
public sealed class CaseProcess
{
    public const string AuditProgramme = "audit-programme";

    private readonly Dictionary<string, IStepHandler> _handlers;
    private readonly WorkingDayCalendar _calendar;
    private readonly DeadlineCalculator _deadlines;

    public CaseProcess(SchemeRuleSet ruleSet, WorkingDayCalendar calendar, IEnumerable<IStepHandler>? handlers = null)
    {
        RuleSet = ruleSet;
        _calendar = calendar;
        _deadlines = new DeadlineCalculator(calendar, ruleSet.Settings);
        _handlers = (handlers ?? DefaultHandlers()).ToDictionary(h => h.Kind, StringComparer.Ordinal);
    }

    public SchemeRuleSet RuleSet { get; }

    public static IEnumerable<IStepHandler> DefaultHandlers() => [new ApplicationReviewHandler(), new ApplicantDocumentsHandler()];

    public IReadOnlyList<string> Actions(string kind) => _handlers.TryGetValue(kind, out var handler) ? handler.Actions : [];

    public CertificationCase Open(OpenCaseRequest request, string number, Actor actor, DateTimeOffset now)
    {
        request.Validate();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ShanghaiTime.Zone).DateTime);
        RuleSet.EnsureOpenForApplications(today);
        var @case = new CertificationCase
        {
            Id = Guid.NewGuid(),
            Number = number,
            Scheme = RuleSet.Scheme,
            RuleSetVersion = RuleSet.Version,
            Organization = request.Organization.Trim(),
            Personnel = request.Personnel,
            Sites = request.Sites,
            Scope = request.Scope.Trim(),
            ReceivedOn = today,
            CreatedAt = now,
            Stage = CaseStage.ApplicationReview,
        };
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        @case.Record("case.opened", actor, now, null, null, new Dictionary<string, string>
        {
            ["number"] = number,
            ["scheme"] = RuleSet.Scheme,
            ["ruleSetVersion"] = RuleSet.Version,
            ["organization"] = @case.Organization,
            ["personnel"] = request.Personnel.ToString(invariant),
            ["sites"] = request.Sites.ToString(invariant),
            ["scope"] = @case.Scope,
        });
        var reviewRule = RuleSet.Deadlines.First(d => d.Anchor == "applicationReceived" && d.Target == "applicationReviewConcluded");
        var review = @case.OpenNewStep(ApplicationReviewHandler.StepKind, StaffRoles.ApplicationReviewer, today, actor, now);
        review.DueRuleId = reviewRule.Id;
        review.DueAnchor = today;
        Reschedule(@case, review, now);
        return @case;
    }

    public void Act(CertificationCase @case, Guid stepId, string action, IReadOnlyDictionary<string, string> data, Actor actor, DateTimeOffset now)
    {
        var step = @case.Step(stepId);
        @case.EnsureCanAct(step, actor);
        if (!_handlers.TryGetValue(step.Kind, out var handler) || !handler.Actions.Contains(action, StringComparer.Ordinal))
        {
            throw new InvalidInputException("action",
                $"步骤 {step.Kind} 不接受操作“{action}” / step {step.Kind} has no action \"{action}\"; allowed: {string.Join(", ", Actions(step.Kind))}");
        }

        handler.Handle(new StepContext(@case, step, actor, now, this), action, data);
    }

    /// <summary>Recomputes a step's due date from its rule, anchor and the case's clock pauses, and replaces its timers.</summary>
    public void Reschedule(CertificationCase @case, PendingStep step, DateTimeOffset now)
    {
        if (step.DueRuleId is null || step.DueAnchor is not { } anchor)
        {
            return;
        }

        var rule = RuleSet.Deadline(step.DueRuleId);
        var window = _deadlines.Window(rule, anchor, @case.Pauses);
        step.DueOn = window.Latest;
        step.DueProvisional = window.Provisional;
        step.Paused = window.Paused;
        @case.ReplaceTimers(step.Id, StepTimers.For(step, _calendar, now));
    }
}
