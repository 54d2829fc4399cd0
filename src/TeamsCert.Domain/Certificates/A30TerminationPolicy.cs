namespace TeamsCert.Domain.Certificates;

/// <summary>
/// LS/CC9 §7.4.3 lists "不再符合要求且无法整改" and "严重违法违规" as cancellation reasons while §8.2.2 makes them
/// revocation reasons. Applies to triggers flagged <c>A-30</c> in the scheme data.
/// </summary>
public enum A30TerminationPolicy
{
    /// <summary>Default: revoke (§8 is the dedicated status chapter).</summary>
    Revoke,

    /// <summary>Cancel, as §7.4.3 reads.</summary>
    Cancel,
}
