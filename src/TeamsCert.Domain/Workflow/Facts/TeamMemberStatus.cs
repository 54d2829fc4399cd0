namespace TeamsCert.Domain.Workflow.Facts;

public enum TeamMemberStatus
{
    Proposed,
    Accepted,
    Removed,
}
