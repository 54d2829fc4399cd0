namespace TeamsCert.Domain.Workflow.Programmes;

/// <summary>The certification contract: refused when dated before the client confirmed the programme (AS-D13).</summary>
public sealed class ContractHandler : IStepHandler
{
    public const string StepKind = "contract";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["sign"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var signed = StepData.Date(data, "contractDate");
        var confirmed = context.Case.Facts.Programme?.ConfirmedOn
            ?? throw new InvalidOperationException("The contract step opens only after the programme confirmation.");
        var ruleId = context.RuleId("contractSigned", "programmeConfirmed")!;
        var check = context.Process.CheckDeadline(ruleId, signed, confirmed);
        if (!check.Met)
        {
            throw new RuleViolationException(ruleId,
                $"{ruleId}：合同日期 {StepData.Iso(signed)} 早于客户确认审核方案的日期 {StepData.Iso(confirmed)} / " +
                $"{ruleId}: the contract date {StepData.Iso(signed)} precedes the client's confirmation of the programme on {StepData.Iso(confirmed)}",
                "data.contractDate");
        }

        context.Case.Facts.Programme.ContractSignedOn = signed;
        context.Complete("signed", data, StepData.Optional(data, "comment"), ruleId);
        TeamAssignmentStart.Open(context);
    }
}
