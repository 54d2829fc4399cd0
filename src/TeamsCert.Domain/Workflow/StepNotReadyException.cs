namespace TeamsCert.Domain.Workflow;

/// <summary>
/// The step is open (its deadline runs) but cannot be completed yet: another step of the same audit comes first, e.g.
/// a surveillance audit before its team has accepted and the client has acknowledged its plan.
/// </summary>
public sealed class StepNotReadyException(string waitingFor, string message) : DomainException(message)
{
    /// <summary>The step kind that must be completed first.</summary>
    public string WaitingFor { get; } = waitingFor;
}
