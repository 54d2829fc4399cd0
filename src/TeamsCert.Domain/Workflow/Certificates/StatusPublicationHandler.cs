namespace TeamsCert.Domain.Workflow.Certificates;

/// <summary>AS-D12: a certificate status change is published on the website and reported to CNCA within 5 WD.</summary>
public sealed class StatusPublicationHandler : IStepHandler
{
    public const string StepKind = "status-publication";

    public string Kind => StepKind;

    public IReadOnlyList<string> Actions { get; } = ["publish"];

    public void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data) =>
        context.Complete("published", data, StepData.Optional(data, "comment"));
}
