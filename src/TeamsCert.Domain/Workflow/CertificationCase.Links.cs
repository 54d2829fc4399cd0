namespace TeamsCert.Domain.Workflow;

public sealed partial class CertificationCase
{
    /// <summary>
    /// The journal types of shared links: created, e-mailed, revoked, completed. Uses and refusals of a link change nothing
    /// on the case, so they are logged, never journaled (older journals may still hold <c>link.used</c> / <c>link.refused</c>).
    /// </summary>
    public static IReadOnlySet<string> LinkEventTypes { get; } =
        new HashSet<string>(["link.created", "link.emailed", "link.revoked", "link.completed"], StringComparer.Ordinal);

    /// <summary>Journals what happened to a shared link of this case (who, when, why); the link's row lives beside the case.</summary>
    public void RecordLink(string type, Actor actor, DateTimeOffset at, string? reason, IReadOnlyDictionary<string, string> data)
    {
        if (!LinkEventTypes.Contains(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "not a shared-link journal type");
        }

        Record(type, actor, at, reason, null, data);
    }
}
