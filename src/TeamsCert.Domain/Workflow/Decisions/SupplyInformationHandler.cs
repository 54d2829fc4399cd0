namespace TeamsCert.Domain.Workflow.Decisions;

/// <summary>The client supplies the information the decision maker asked for: a paused decision clock resumes .</summary>
public sealed class SupplyInformationHandler : IStepHandler
{
    public const string StepKind = "supply-information";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["supply"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data)
    {
        var @case = context.Case;
        var information = StepContext.Required(data, "information");
        var paused = @case.Pauses.Any(p => p.End is null);
        context.Complete("supplied", data, information, paused ? "A-06" : null);
        if (!paused || @case.OpenStep(CertificationDecisionHandler.StepKind) is not { } decision)
        {
            return; // a surveillance decision waits without a clock
        }

        @case.ResumeClock(context.Today);
        context.Process.Reschedule(@case, decision, context.Now);
        context.Record("clock.resumed", null, "A-06", new Dictionary<string, string>
        {
            ["due"] = decision.DueOn is { } due ? StepData.Iso(due) : string.Empty,
        });
    }
}
