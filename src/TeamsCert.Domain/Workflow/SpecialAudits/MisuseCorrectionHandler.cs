namespace TeamsCert.Domain.Workflow.SpecialAudits;

/// <summary>
/// AS-D11 (004 §5.10.3.1(9)): the programme manager's request to correct a misuse of certification opens this step,
/// due 2 months later; <c>corrected</c> closes it. Only once that date has passed uncorrected may the certificate be
/// revoked with the trigger <c>certification-misuse</c>.
/// </summary>
public sealed class MisuseCorrectionHandler : IStepHandler
{
    public const string StepKind = "misuse-correction";

    public const string RequestAction = "misuse-correction-request";

    public const string RevocationTrigger = "certification-misuse";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["corrected"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data) =>
        context.Complete("corrected", data, StepContext.Required(data, "evidence"));

    /// <summary>Records the correction request (a certificate-status action that leaves that step open).</summary>
    public static void Request(StepContext context, IReadOnlyDictionary<string, string> data)
    {
        var rule = Rule(context)
            ?? throw new InvalidInputException("action", $"{context.Case.Scheme} 方案没有误用认证纠正期限 / the {context.Case.Scheme} scheme has no misuse-correction deadline");
        var description = StepContext.Required(data, "description");
        context.Record("misuse-correction.requested", description, rule, new Dictionary<string, string> { ["source"] = "004 §5.10.3.1(9)" });
        var step = context.Open(StepKind, StaffRoles.ProgrammeManager, rule, context.Today);
        context.Notify("misuse-correction", StaffRoles.Applicant, ("request", description), ("dueOn", StepData.Iso(step.DueOn!.Value)));
    }

    /// <summary>Refuses a misuse revocation unless a correction request has gone uncorrected past its due date (AS-D11).</summary>
    public static void EnsureRevocable(StepContext context, string trigger)
    {
        if (trigger != RevocationTrigger || Rule(context) is not { } rule)
        {
            return;
        }

        var overdue = context.Case.Steps.Any(s => s.Kind == StepKind && s.Status == StepStatus.Open && s.DueOn is { } due && due < context.Today);
        if (!overdue)
        {
            throw new RuleViolationException(rule,
                $"{rule}：误用认证的纠正要求须超过 2 个月未纠正才能撤销 / {rule}: revoke for misuse only when a correction request is uncorrected for more than 2 months",
                "data.trigger");
        }
    }

    private static string? Rule(StepContext context) => context.RuleId("misuseCorrectionRequested", "misuseCorrected");
}
