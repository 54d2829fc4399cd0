using System.Globalization;
using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Surveillance;

// The surveillance programme after issue: AS-D03 (≤ 12 M from the decision), then A-08 (≤ 15 M, justification
// beyond 12 M); TEL-D05 and LS-D03/CC9-D03 (A-07: ≤ 12 M from the previous audit). Recertification reminder LS-D04/A-09.
// After an A-36 decision to increase the frequency, each surveillance is due the chosen number of months after the
// previous one (never later than the scheme's own limit), and more of them are planned until recertification.
internal static class SurveillanceSchedule
{
    public const string FrequencyRule = "A-36";

    public static void Start(StepContext context)
    {
        var facts = context.Case.Facts;
        if (context.RuleId("decisionMade", "firstSurveillance") is { } first)
        {
            Open(context, 1, first, facts.Decision!.DecidedOn);
        }
        else
        {
            Open(context, 1, context.RuleId("previousAudit", "surveillanceAudit")!, facts.Audits.Last(a => a.Kind is "stage2" or "recertification").End);
        }

        var expiry = facts.Certificate!.ExpiresOn;
        var recert = context.RuleId("certificateExpiry", "recertificationApplied");
        facts.RecertificationReminderOn = recert is null
            ? WorkingDayCalendar.AddMonths(expiry, -3).Value
            : context.Process.DeadlineWindow(recert, expiry).Earliest;
        context.Record("recertification.reminder-set", null, recert ?? "A-09", new Dictionary<string, string>
        {
            ["remindOn"] = StepData.Iso(facts.RecertificationReminderOn!.Value),
            ["expires"] = StepData.Iso(expiry),
        });
    }

    /// <summary>After surveillance <paramref name="done"/>: the next one, counted from it, while the validity period needs more.</summary>
    public static void Next(StepContext context, SurveillanceFacts done, AuditFacts audit)
    {
        var facts = context.Case.Facts;
        var moreForFrequency = facts.SurveillanceIntervalMonths is { } months
            && WorkingDayCalendar.AddMonths(audit.End, months).Value < facts.RecertificationReminderOn;
        if (done.Number >= context.RuleSet.Surveillance.PerValidity && !moreForFrequency)
        {
            Recertification.RecertificationApplicationHandler.Open(context);
            return;
        }

        // A-08 counts from the first surveillance's on-site date; the 12-month rules from the previous audit.
        if (context.RuleId("previousSurveillance", "nextSurveillance") is { } between)
        {
            Open(context, done.Number + 1, between, audit.Start, audit.End);
        }
        else
        {
            Open(context, done.Number + 1, context.RuleId("previousAudit", "surveillanceAudit")!, audit.End);
        }
    }

    /// <summary>A-36: the frequency increases to one surveillance every <paramref name="months"/>; the open one moves forward if it is due later.</summary>
    public static void Increase(StepContext context, int months)
    {
        var facts = context.Case.Facts;
        facts.SurveillanceIntervalMonths = months;
        if (facts.Surveillances.FirstOrDefault(s => s.DoneOn is null) is { } open && context.Case.OpenStep(SurveillanceAuditHandler.StepKind) is { } step)
        {
            Tighten(context, step, open, context.Today);
        }
    }

    private static void Open(StepContext context, int number, string ruleId, DateOnly anchor, DateOnly? previousEnd = null)
    {
        var step = context.Open(SurveillanceAuditHandler.StepKind, StaffRoles.ProgrammeManager, ruleId, anchor);
        var surveillance = new SurveillanceFacts { Number = number, DueOn = step.DueOn!.Value, RuleId = ruleId, Anchor = anchor };
        context.Case.Facts.SurveillancesList.Add(surveillance);
        Tighten(context, step, surveillance, previousEnd ?? anchor);
        // Its own team and plan come first (002 §9.2; 004 §5.7): the completion step stays open for the dates and score.
        context.Open(SurveillanceTeamAssignmentHandler.StepKind, StaffRoles.ProgrammeManager);
    }

    private static void Tighten(StepContext context, PendingStep step, SurveillanceFacts surveillance, DateOnly from)
    {
        if (context.Case.Facts.SurveillanceIntervalMonths is not { } months)
        {
            return;
        }

        var due = WorkingDayCalendar.AddMonths(from, months).Value;
        if (due >= surveillance.DueOn)
        {
            return;
        }

        var before = surveillance.DueOn;
        context.Process.ScheduleOn(context.Case, step, due, FrequencyRule, context.Now);
        surveillance.DueOn = due;
        context.Record("surveillance.rescheduled", $"监督频次增加为每 {months} 个月 / surveillance frequency increased to every {months} months", FrequencyRule,
            new Dictionary<string, string>
            {
                ["number"] = surveillance.Number.ToString(CultureInfo.InvariantCulture),
                ["from"] = StepData.Iso(before),
                ["to"] = StepData.Iso(due),
                ["limitRule"] = surveillance.RuleId,
            });
    }
}
