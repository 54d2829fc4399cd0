namespace TeamsCert.Domain.Workflow;

public sealed class CaseNotFoundException(Guid caseId) : DomainException($"找不到案件 {caseId} / case {caseId} was not found")
{
    public Guid CaseId { get; } = caseId;
}
