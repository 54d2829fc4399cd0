using TeamsCert.Domain.Certificates;
using TeamsCert.Domain.Workflow.Facts;

namespace TeamsCert.Domain.Workflow.Certificates;

// reduce-scope on the certificate-status step (002 §9.6.6; 004 §5.10.6): the scope is a list of parts separated by
// ；;、，, and the removed parts must be among them. Once a suspension's period has run out unresolved, the reduction is
// the alternative to revocation (002 §9.6.5) and ends the suspension: a scope change plus a restoration to Valid.
// Before that, a reduction (002 §9.6.6) leaves the certificate suspended until its period ends or it is restored.
internal static class CertificateScopeReduction
{
    public const string Trigger = "scope-reduced";

    private static readonly char[] _separators = ['；', ';', '、', '，', ','];

    public static void Handle(StepContext context, IReadOnlyDictionary<string, string> data)
    {
        var certificate = context.Case.Facts.Certificate!;
        var removed = Parts(StepContext.Required(data, "removed"));
        var reason = StepContext.Required(data, "reason");
        if (certificate.State is not (CertificateState.Valid or CertificateState.Suspended))
        {
            throw new RuleViolationException(CertificateRuleIds.ScopeNotReducible,
                $"证书状态为 {certificate.State}，不能缩小认证范围 / a {certificate.State} certificate's scope cannot be reduced (002 §9.6.6; 004 §5.10.6)", "action");
        }

        var from = certificate.Scope ?? context.Case.Scope;
        var current = Parts(from);
        var unknown = removed.Where(r => !current.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (removed.Count == 0 || unknown.Count > 0)
        {
            throw new InvalidInputException("data.removed",
                $"不在认证范围内：{string.Join("；", unknown)} / not part of the certified scope: {string.Join("; ", unknown)}");
        }

        var remaining = current.Where(c => !removed.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (remaining.Count == 0)
        {
            throw new RuleViolationException(CertificateRuleIds.ScopeWouldBeEmpty,
                "缩小后认证范围为空，应撤销或注销证书 / the reduction would leave no scope; revoke or cancel instead (002 §9.6.6)", "data.removed");
        }

        var to = string.Join(Separator(from), remaining);
        var source = context.Case.Scheme == "AS" ? "004 §5.10.6" : "002 §9.6.6";
        context.Complete("reduce-scope", data, reason, null);
        certificate.Scope = to;
        context.Case.Scope = to;
        certificate.ScopeHistoryList.Add(new ScopeChangeFacts { On = context.Today, From = from, To = to, Reason = reason, By = context.Actor.Id });
        context.Record("certificate.scope-reduced", reason, null, new Dictionary<string, string>
        {
            ["number"] = certificate.Number,
            ["from"] = from,
            ["to"] = to,
            ["removed"] = string.Join("；", removed),
            ["source"] = source,
        });
        context.Notify("certificate-scope", StaffRoles.Applicant, ("certificate", certificate.Number), ("scope", to), ("reason", reason));
        if (certificate.State == CertificateState.Suspended && certificate.SuspendedUntil is { } until && context.Today >= until)
        {
            CertificateStatusChange.Apply(context, Restoration(context), $"认证范围缩小后恢复 / restored with the reduced scope: {reason}");
            return;
        }

        if (context.RuleId("statusChanged", "statusPublished") is { } publication)
        {
            context.Open(StatusPublicationHandler.StepKind, StaffRoles.ProgrammeManager, publication, context.Today);
        }

        var next = context.Open(CertificateStatusHandler.StepKind, StaffRoles.ProgrammeManager);
        if (certificate.State == CertificateState.Suspended && certificate.SuspendedUntil is { } end
            && context.RuleId("suspensionStart", "suspensionEnd") is { } suspensionRule)
        {
            // Still suspended: the status step stays due at the end of the suspension period (TEL-D07, AS-D09).
            context.Process.ScheduleOn(context.Case, next, end, suspensionRule, context.Now);
        }
    }

    // Through the state machine when the scheme lists a scope-reduced restoration; otherwise the restoration the
    // seed implies: 002 §9.6.5 offers the reduction instead of revocation, so the certificate stays valid.
    private static CertificateTransition Restoration(StepContext context)
    {
        var listed = context.RuleSet.Certificate.Transitions.Any(t => t.From == CertificateState.Suspended
            && t.To == CertificateState.Valid && t.Triggers.Any(x => x.Code == Trigger));
        if (listed)
        {
            return context.RuleSet.TransitionCertificate(CertificateState.Suspended, CertificateState.Valid, Trigger);
        }

        var trigger = new CertificateTransitionTrigger
        {
            Code = Trigger,
            Label = new LocalizedText("缩小认证范围代替撤销", "Scope reduced instead of revocation"),
            Source = context.Case.Scheme == "AS" ? "004 §5.10.6" : "002 §9.6.5",
        };
        return new CertificateTransition(CertificateState.Suspended, CertificateState.Valid, trigger,
            context.RuleSet.Certificate.EffectsOf(CertificateState.Valid));
    }

    private static List<string> Parts(string scope) =>
        [.. scope.Split(_separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string Separator(string scope) =>
        scope.FirstOrDefault(c => _separators.Contains(c)) is var c && c != default ? c.ToString() : "；";
}
