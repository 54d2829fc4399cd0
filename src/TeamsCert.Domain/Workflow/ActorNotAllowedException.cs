namespace TeamsCert.Domain.Workflow;

/// <summary>The actor lacks the role the step asks for, or separation of duties forbids them (the rule id says which).</summary>
public sealed class ActorNotAllowedException(string ruleId, string message) : DomainException(message)
{
    public string RuleId { get; } = ruleId;
}
