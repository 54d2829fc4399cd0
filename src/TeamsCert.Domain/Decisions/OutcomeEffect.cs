namespace TeamsCert.Domain.Decisions;

/// <summary>What a certification decision does to the case and the certificate.</summary>
public enum OutcomeEffect
{
    Grant,

    /// <summary>A-34: approved, but no certificate until the corrections are verified.</summary>
    ConditionalGrant,

    Refuse,

    /// <summary>A-06: the decision clock pauses until the information arrives.</summary>
    MoreInformation,

    Maintain,
    Suspend,
    Revoke,
    Cancel,
}
