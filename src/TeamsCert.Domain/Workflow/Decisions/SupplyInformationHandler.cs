namespace TeamsCert.Domain.Workflow.Decisions;

/// <summary>The client supplies the information the decision maker asked for: the paused decision clock resumes .</summary>
public sealed class SupplyInformationHandler : IStepHandler
{
    public const string StepKind = "supply-information";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["supply"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var @case = context.Case;
        var information = StepContext.Required(data, "information");
        var open = @case.Pauses.FindIndex(p => p.End is null);
        @case.Pauses[open] = @case.Pauses[open] with { End = context.Today };
        context.Complete("supplied", data, information, "A-06");
        var decision = @case.OpenStep(CertificationDecisionHandler.StepKind)!;
        context.Process.Reschedule(@case, decision, context.Now);
        context.Record("clock.resumed", null, "A-06", new Dictionary<string, string>
        {
            ["due"] = decision.DueOn is { } due ? StepData.Iso(due) : string.Empty,
        });
    }
}
