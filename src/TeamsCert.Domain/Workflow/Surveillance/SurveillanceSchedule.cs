using TeamsCert.Domain.Calendar;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Surveillance;

// The surveillance programme after issue: AS-D03 (≤ 12 M from the decision), then A-08 (≤ 15 M, justification
// beyond 12 M); TEL-D05 and LS-D03/CC9-D03 (A-07: ≤ 12 M from the previous audit). Recertification reminder LS-D04/A-09.
internal static class SurveillanceSchedule
{
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
        if (done.Number >= context.RuleSet.Surveillance.PerValidity)
        {
            Recertification.RecertificationApplicationHandler.Open(context);
            return;
        }

        // A-08 counts from the first surveillance's on-site date; the 12-month rules from the previous audit.
        if (context.RuleId("previousSurveillance", "nextSurveillance") is { } between)
        {
            Open(context, done.Number + 1, between, audit.Start);
        }
        else
        {
            Open(context, done.Number + 1, context.RuleId("previousAudit", "surveillanceAudit")!, audit.End);
        }
    }

    private static void Open(StepContext context, int number, string ruleId, DateOnly anchor)
    {
        var step = context.Open(SurveillanceAuditHandler.StepKind, StaffRoles.ProgrammeManager, ruleId, anchor);
        context.Case.Facts.Surveillances.Add(new SurveillanceFacts { Number = number, DueOn = step.DueOn!.Value, RuleId = ruleId });
        // Its own team and plan come first (002 §9.2; 004 §5.7): the completion step stays open for the dates and score.
        context.Open(SurveillanceTeamAssignmentHandler.StepKind, StaffRoles.ProgrammeManager);
    }
}
