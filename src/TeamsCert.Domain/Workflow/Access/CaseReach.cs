namespace TeamsCert.Domain.Workflow.Access;

/// <summary>How far a role reaches for one <see cref="CaseOperation"/>; a person reaches as far as the furthest of their roles.</summary>
public enum CaseReach
{
    /// <summary>Not on any case.</summary>
    Never,

    /// <summary>Only on cases the person is involved in (<see cref="CaseAccessPolicy.IsInvolved(CertificationCase, string)"/>).</summary>
    Involved,

    /// <summary>On every case.</summary>
    Every,
}
