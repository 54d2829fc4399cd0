namespace TeamsCert.Domain.Surveillance;

/// <summary>The event a three-year certification cycle is counted from (AS-D05: the decision, not the issue date).</summary>
public enum CycleAnchor
{
    Issue,
    Decision,
}
