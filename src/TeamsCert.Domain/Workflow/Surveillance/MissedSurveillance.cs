using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow.Certificates;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Surveillance;

/// <summary>
/// A surveillance not done by the scheme's limit (TEL-D05, AS-D03, A-08 hard stop at 15 M, LS-D03/CC9-D03 under A-07)
/// on a valid certificate: not carrying out surveillance at the required frequency is a ground for suspension (TEL 002
/// §9.6.2(2); AS 004 §5.10.2.1(2), accepting surveillance being a duty of the certification contract; LS/CC9 000/003
/// §8.2.1(4)). No rule suspends by itself, so the runtime only puts the decision before the programme manager: the
/// certificate-status step is opened (or re-dued) due today under the surveillance's rule, with the scheme's trigger as
/// the suggested suspension, journaled by the system and told to the programme manager and the managers. Raised once
/// per surveillance (<see cref="SurveillanceFacts.MissedOn"/>).
/// </summary>
public static class MissedSurveillance
{
    public const string EventType = "surveillance.missed";

    public const string MessageKind = "suspension-suggested";

    /// <summary>
    /// The Valid → Suspended triggers that fit a missed surveillance, by preference; the first the scheme's data lists is
    /// suggested: TEL's own "refuses surveillance at the required frequency", AS's contract duty, else the schemes'
    /// "other" ground (LS/CC9 list refusing surveillance only as a revocation ground, 000/003 §8.2.2(4)).
    /// </summary>
    private static readonly string[] _triggers = ["refuses-audit-frequency", "contract-obligations-unmet", "other-suspension"];

    /// <summary>The last day the scheme allows for this surveillance, whatever A-36 brought its due date forward to.</summary>
    public static DateOnly? Limit(StepContext context, SurveillanceFacts surveillance)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(surveillance);
        var anchor = surveillance.Anchor ?? context.Step.DueAnchor;
        return anchor is { } from ? context.Process.DeadlineWindow(surveillance.RuleId, from).Latest : surveillance.DueOn;
    }

    /// <summary>The trigger the scheme's data gives for suspending over a missed surveillance, or null when it has none.</summary>
    public static CertificateTransitionTrigger? SuggestedTrigger(StepContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var triggers = context.RuleSet.Certificate.Transitions
            .Where(t => t.From == CertificateState.Valid && t.To == CertificateState.Suspended)
            .SelectMany(t => t.Triggers).ToList();
        return _triggers.Select(code => triggers.FirstOrDefault(t => t.Code == code)).FirstOrDefault(t => t is not null);
    }

    /// <summary>
    /// Called when the surveillance-audit step's overdue timer fires: past the limit, the suspension is put to the
    /// manager; before it (A-36 brought the due date forward), the step becomes due on the limit so its timer fires again then.
    /// </summary>
    public static void OnOverdue(StepContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var facts = context.Case.Facts;
        if (facts.Certificate is not { State: CertificateState.Valid } certificate
            || facts.Surveillances.FirstOrDefault(s => s.DoneOn is null) is not { } surveillance
            || surveillance.MissedOn is not null
            || Limit(context, surveillance) is not { } limit)
        {
            return;
        }

        if (context.Today <= limit)
        {
            context.Process.ScheduleOn(context.Case, context.Step, limit, surveillance.RuleId, context.Now);
            return;
        }

        var trigger = SuggestedTrigger(context);
        surveillance.MissedOn = context.Today;
        var step = context.Case.OpenStep(CertificateStatusHandler.StepKind) ?? context.Open(CertificateStatusHandler.StepKind, StaffRoles.ProgrammeManager);
        context.Process.ScheduleOn(context.Case, step, context.Today, surveillance.RuleId, context.Now);
        var data = new Dictionary<string, string>
        {
            ["certificate"] = certificate.Number,
            ["surveillance"] = surveillance.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["limit"] = StepData.Iso(limit),
            ["stepId"] = step.Id.ToString(),
            ["suggestedAction"] = "suspend",
            ["trigger"] = trigger?.Code ?? string.Empty,
            ["triggerZh"] = trigger?.Label.ZhCn ?? string.Empty,
            ["triggerEn"] = trigger?.Label.En ?? string.Empty,
            ["source"] = trigger?.Source ?? string.Empty,
        };
        context.Record(EventType,
            $"第 {surveillance.Number} 次监督未在 {StepData.Iso(limit)} 前实施，建议暂停证书，由项目管理人员决定 / "
            + $"surveillance {surveillance.Number} was not carried out by {StepData.Iso(limit)}; suspension is suggested for the programme manager to decide",
            surveillance.RuleId, data);
        // One message per recipient and surveillance: the key stays the same if the pass is rerun after a lost race.
        foreach (var recipient in new[] { StaffRoles.ProgrammeManager, StaffRoles.Manager })
        {
            var message = new Dictionary<string, string>(data)
            {
                ["caseId"] = context.Case.Id.ToString(),
                ["number"] = context.Case.Number,
                ["organization"] = context.Case.Organization,
                ["stepKind"] = step.Kind,
                ["role"] = step.Role,
                ["ruleId"] = surveillance.RuleId,
                ["due"] = StepData.Iso(context.Today),
            };
            context.Case.Send(new OutboundMessage($"{context.Case.Id}:{MessageKind}:{surveillance.Number}:{StepData.Iso(limit)}:{recipient}", MessageKind, recipient, message));
        }
    }
}
