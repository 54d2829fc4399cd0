namespace TeamsCert.Domain.Workflow.Programmes;

/// <summary>AS-D13 (004 §5.1.4.2(1)): the client confirms the audit programme; only then may the contract be signed.</summary>
public sealed class ProgrammeConfirmationHandler : IStepHandler
{
    public const string StepKind = "programme-confirmation";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["confirm"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var programme = context.Case.Facts.Programme!;
        programme.ConfirmedOn = context.Today;
        context.Complete("confirmed", data.With(("confirmedOn", StepData.Iso(context.Today))), StepData.Optional(data, "comment"),
            context.RuleId("contractSigned", "programmeConfirmed"));
        context.Open(ContractHandler.StepKind, StaffRoles.ProgrammeManager);
    }
}
