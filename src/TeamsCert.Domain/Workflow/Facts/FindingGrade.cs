namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>Grade of an audit finding (rules reference §2.7): 严重不符合, 一般不符合, 观察项.</summary>
public enum FindingGrade
{
    Major,
    Minor,
    Observation,
}
