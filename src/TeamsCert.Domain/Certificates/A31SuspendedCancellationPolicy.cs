namespace TeamsCert.Domain.Certificates;

/// <summary>A-31: cancellation on the holder's request while suspended is not defined by the seeds. Applies to triggers flagged <c>A-31</c>.</summary>
public enum A31SuspendedCancellationPolicy
{
    /// <summary>Default: allowed; the journal records the trigger and its A-31 flag.</summary>
    AllowedAndLogged,

    /// <summary>Refused: the holder must first be restored or the suspension run its course.</summary>
    Forbidden,
}
