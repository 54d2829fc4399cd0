using TeamsCert.Domain.Workflow;
using TeamsCert.Infrastructure.Persistence;

namespace TeamsCert.Infrastructure.Links;

/// <summary>The answer for a token: a usable link with its case and pending step, or a refusal (with the link when known).</summary>
public sealed record SharedLinkResolution(SharedLinkRefusal? Refusal, SharedLinkRow? Link, CertificationCase? Case, PendingStep? Step)
{
    public bool IsValid => Refusal is null;

    public static SharedLinkResolution NotFound { get; } = new(SharedLinkRefusal.NotFound, null, null, null);
}
