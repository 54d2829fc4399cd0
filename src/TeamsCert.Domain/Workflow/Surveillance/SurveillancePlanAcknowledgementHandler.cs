namespace TeamsCert.Domain.Workflow.Surveillance;

/// <summary>The client acknowledges the surveillance plan (002 §9.1.6 applied to surveillance); the audit can be completed.</summary>
public sealed class SurveillancePlanAcknowledgementHandler : IStepHandler
{
    public string Kind => SurveillanceAuditPlanHandler.AcknowledgementKind;

    public IReadOnlyList<string> Actions { get; } = ["acknowledge"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        context.Case.Facts.Surveillances.First(s => s.DoneOn is null).Plan!.AcknowledgedOn = context.Today;
        context.Complete("acknowledged", data, StepData.Optional(data, "comment"));
    }
}
