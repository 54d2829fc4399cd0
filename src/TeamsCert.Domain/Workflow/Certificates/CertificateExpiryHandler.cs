using TeamsCert.Domain.Certificates;

namespace TeamsCert.Domain.Workflow.Certificates;

/// <summary>
/// The end of a certificate's validity without a recertification decision (§2.9): a pending step due on the last day
/// of validity, so the reminder timer warns the day before and the overdue timer escalates to the managers when the
/// day has ended; the manager then records the expiry. TEL/AS move Valid/Suspended → Expired (<c>validity-ended</c>),
/// LS/CC9 → Cancelled (<c>expired-without-recertification</c>, 000/003 §8.2.3), as the scheme's transition data says.
/// Refused while the validity still runs (TEL-D06, AS-D06, A-10). A recertification grant cancels the step. When
/// nobody has recorded it by the end of the last day, the runtime records the expiry itself (<see cref="IOverdueAction"/>).
/// </summary>
public sealed class CertificateExpiryHandler : IStepHandler, IOverdueAction
{
    public const string StepKind = "certificate-expiry";

    private static readonly string[] _triggers = ["validity-ended", "expired-without-recertification"];

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["expire"];

    /// <summary>Opens the step for the programme manager, due on the certificate's last day of validity.</summary>
    public static void Open(StepContext context)
    {
        var certificate = context.Case.Facts.Certificate!;
        var step = context.Open(StepKind, StaffRoles.ProgrammeManager);
        context.Process.ScheduleOn(context.Case, step, certificate.ExpiresOn, ValidityRuleId(context), context.Now);
    }

    public void OnOverdue(StepContext context) =>
        Handle(context, "expire", new Dictionary<string, string> { ["reason"] = "有效期届满且未作出再认证决定（系统自动记录） / validity ended without a recertification decision (recorded by the system)" });

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var certificate = context.Case.Facts.Certificate!;
        if (context.Today <= certificate.ExpiresOn)
        {
            var rule = ValidityRuleId(context);
            throw new RuleViolationException(rule,
                $"{rule}：证书有效期至 {StepData.Iso(certificate.ExpiresOn)}，尚未届满 / the certificate is valid until {StepData.Iso(certificate.ExpiresOn)}", "action");
        }

        var rules = context.RuleSet.Certificate.Transitions.Where(t => t.From == certificate.State);
        var (to, trigger) = rules.SelectMany(t => t.Triggers.Select(g => (To: t.To.GetValueOrDefault(), g.Code))).FirstOrDefault(p => _triggers.Contains(p.Code));
        if (trigger is null)
        {
            throw new RuleViolationException(CertificateRuleIds.TransitionNotAllowed,
                $"方案未定义 {certificate.State} 状态证书到期的转换 / the scheme defines no expiry transition from {certificate.State}", "action");
        }

        var reason = StepData.Optional(data, "reason") ?? "有效期届满且未作出再认证决定 / validity ended without a recertification decision";
        var transition = context.RuleSet.TransitionCertificate(certificate.State, to, trigger);
        context.Complete("expired", data.With(("to", to.ToString())), reason, ValidityRuleId(context));
        CertificateStatusChange.Apply(context, transition, reason);
    }

    /// <summary>The scheme's validity rule: TEL-D06, AS-D06, or A-10 where the seed states no validity (LS, CC9).</summary>
    public static string ValidityRuleId(StepContext context) => context.Case.Scheme switch
    {
        "TEL" => "TEL-D06",
        "AS" => "AS-D06",
        _ => "A-10",
    };
}
