namespace TeamsCert.Domain.Workflow;

/// <summary>Resumes one kind of pending step: validates the action and its data, then changes the case.</summary>
public interface IStepHandler
{
    string Kind { get; }

    IReadOnlyList<string> Actions { get; }

    /// <summary>The rule id that refuses someone other than the assignee of an assigned step of this kind ("ROLE" unless the scheme names one).</summary>
    string AssigneeRuleId(Schemes.SchemeRuleSet ruleSet) => "ROLE";

    void Handle(StepContext context, string action, IReadOnlyDictionary<string, string> data);
}
