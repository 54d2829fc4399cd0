using TeamsCert.Domain.AuditTeams;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Deadlines;
using TeamsCert.Domain.Schemes;
using TeamsCert.Domain.Workflow.Applications;

namespace TeamsCert.Domain.Workflow;

/// <summary>
/// The certification process for one scheme rule set: opens a case on an application and resumes its pending steps
/// through the handler registered for each step kind. Step due dates come from the scheme's deadline rules.
/// </summary>
public sealed partial class CaseProcess
{
    public const string AuditProgramme = "audit-programme";

    private readonly Dictionary<string, IStepHandler> _handlers;
    private readonly WorkingDayCalendar _calendar;
    private readonly DeadlineCalculator _deadlines;

    public CaseProcess(SchemeRuleSet ruleSet, WorkingDayCalendar calendar, IEnumerable<IStepHandler>? handlers = null,
        IStaffDirectory? staff = null, ICertificateSequence? certificates = null)
    {
        RuleSet = ruleSet;
        Staff = staff ?? InMemoryStaffDirectory.Empty;
        Certificates = certificates;
        _calendar = calendar;
        _deadlines = new DeadlineCalculator(calendar, ruleSet.Settings);
        _handlers = (handlers ?? DefaultHandlers()).ToDictionary(h => h.Kind, StringComparer.Ordinal);
    }

    public SchemeRuleSet RuleSet { get; }

    public IStaffDirectory Staff { get; }

    /// <summary>Null where no certificate is ever issued (tests of the early cycle); issuing then refuses.</summary>
    public ICertificateSequence? Certificates { get; }

    public static IEnumerable<IStepHandler> DefaultHandlers() => [new ApplicationFormHandler(), new ApplicationReviewHandler(), new ApplicantDocumentsHandler(), .. CycleHandlers.All()];

    /// <summary>Judges an actual date against a deadline rule of the scheme (pauses of the case count where the rule pauses).</summary>
    public DeadlineCheck CheckDeadline(string ruleId, DateOnly anchor, DateOnly target, IReadOnlyList<ClockPause>? pauses = null) =>
        _deadlines.Check(RuleSet.Deadline(ruleId), anchor, target, pauses);

    public DeadlineWindow DeadlineWindow(string ruleId, DateOnly anchor, string? trigger = null) =>
        _deadlines.Window(RuleSet.Deadline(ruleId), anchor, trigger: trigger);

    public IReadOnlyList<string> Actions(string kind) => _handlers.TryGetValue(kind, out var handler) ? handler.Actions : [];

    public CertificationCase Open(OpenCaseRequest request, string number, Actor actor, DateTimeOffset now)
    {
        request.Validate();
        var @case = NewCase(number, request.Organization, now, CaseStage.ApplicationReview);
        @case.OrganizationCode = string.IsNullOrWhiteSpace(request.OrganizationCode) ? null
            : Organizations.UnifiedSocialCreditCode.Normalize(request.OrganizationCode, "organizationCode");
        (@case.Personnel, @case.Sites, @case.Scope) = (request.Personnel, request.Sites, request.Scope.Trim());
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        @case.Record("case.opened", actor, now, null, null, new Dictionary<string, string>
        {
            ["number"] = number,
            ["scheme"] = RuleSet.Scheme,
            ["ruleSetVersion"] = RuleSet.Version,
            ["organization"] = @case.Organization,
            ["organizationCode"] = @case.OrganizationCode ?? string.Empty,
            ["personnel"] = request.Personnel.ToString(invariant),
            ["sites"] = request.Sites.ToString(invariant),
            ["scope"] = @case.Scope,
        });
        OpenApplicationReview(@case, actor, now);
        return @case;
    }

    /// <summary>Opens the application review, due under the scheme's review rule counted from the day the application was received.</summary>
    public PendingStep OpenApplicationReview(CertificationCase @case, Actor actor, DateTimeOffset now)
    {
        var reviewRule = RuleSet.Deadlines.First(d => d.Anchor == "applicationReceived" && d.Target == "applicationReviewConcluded");
        var review = @case.OpenNewStep(ApplicationReviewHandler.StepKind, StaffRoles.ApplicationReviewer, @case.ReceivedOn, actor, now);
        review.DueRuleId = reviewRule.Id;
        review.DueAnchor = @case.ReceivedOn;
        Reschedule(@case, review, now);
        return review;
    }

    /// <summary>
    /// Reassigns (manager) or delegates (assignee) an open step, only to a person the rules allow for it
    /// (<see cref="StepCandidates"/>): refused with the rule id (ROLE, the scheme's qualification or independence rule).
    /// </summary>
    public void Reassign(CertificationCase @case, Guid stepId, string assignee, string reason, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var step = @case.Step(stepId);
        if (step.Status == StepStatus.Open && !string.IsNullOrWhiteSpace(assignee))
        {
            CertificationCase.EnsureMayReassign(step, actor);
            StepCandidates.EnsureAllowed(this, @case, step, assignee, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ShanghaiTime.Zone).DateTime));
        }

        @case.Reassign(stepId, assignee, reason, actor, now);
    }

    public void Act(CertificationCase @case, Guid stepId, string action, IReadOnlyDictionary<string, string> data, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(data);
        var step = @case.Step(stepId);
        _handlers.TryGetValue(step.Kind, out var handler);
        @case.EnsureCanAct(step, actor, handler?.AssigneeRuleId(RuleSet) ?? "ROLE");
        StepCandidates.EnsureStillAllowed(this, @case, step, actor);
        PlainText.Ensure(data);
        if (handler is null || !handler.Actions.Contains(action, StringComparer.Ordinal))
        {
            throw new InvalidInputException("action",
                $"步骤 {step.Kind} 不接受操作“{action}” / step {step.Kind} has no action \"{action}\"; allowed: {string.Join(", ", Actions(step.Kind))}");
        }

        handler.Handle(new StepContext(@case, step, actor, now, this), action, data);
    }

    /// <summary>
    /// A step's deadline timer has come due: the reminder or escalation is recorded (see
    /// <see cref="CertificationCase.DeadlineTimerFired"/>), and when an overdue step's handler acts by itself
    /// (<see cref="IOverdueAction"/>) it does so now, as the system, dated the first instant after the due day.
    /// </summary>
    /// <returns>False when the timer is stale (its step no longer waits on the deadline).</returns>
    public bool FireTimer(CertificationCase @case, Guid stepId, string timerKind, DateTimeOffset now)
    {
        if (!@case.DeadlineTimerFired(stepId, timerKind, now))
        {
            return false;
        }

        var step = @case.Step(stepId);
        if (timerKind == StepTimers.Overdue && _handlers.TryGetValue(step.Kind, out var handler) && handler is IOverdueAction automatic)
        {
            var dayAfter = ShanghaiTime.EndOfDay(step.DueOn!.Value).AddMilliseconds(1);
            automatic.OnOverdue(new StepContext(@case, step, Actor.System, now < dayAfter ? dayAfter : now, this));
        }

        return true;
    }

    /// <summary>Sets a fixed due date (e.g. the last day of validity) under a rule that is not a deadline row, with its timers.</summary>
    public void ScheduleOn(CertificationCase @case, PendingStep step, DateOnly due, string ruleId, DateTimeOffset now)
    {
        // No anchor: Reschedule and DueDateRecomputation leave the date alone, as no deadline rule derives it.
        step.DueOn = due;
        step.DueRuleId = ruleId;
        step.DueAnchor = null;
        @case.ReplaceTimers(step.Id, StepTimers.For(step, _calendar, now));
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
