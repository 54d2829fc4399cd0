namespace TeamsCert.Domain.Certificates;

/// <summary>An accepted status change: the trigger (with its seed source and deadline rule) and what the new state entails.</summary>
public sealed record CertificateTransition(
    CertificateState From,
    CertificateState To,
    CertificateTransitionTrigger Trigger,
    CertificateStateEffects Effects)
{
    public string Source => Trigger.Source;

    public string? DeadlineRuleId => Trigger.DeadlineRuleId;
}
