namespace TeamsCert.Domain.Workflow;

public enum StepStatus
{
    Open,
    Completed,
    Cancelled,
}
