namespace TeamsCert.Domain.Workflow;

/// <summary>Resumes one kind of pending step: validates the action and its data, then changes the case.</summary>
public interface IStepHandler
{
    string Kind { get; }

    IReadOnlyList<string> Actions { get; }

    void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data);
}
