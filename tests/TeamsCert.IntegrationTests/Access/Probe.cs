using TeamsCert.Domain.Workflow.Access;

namespace TeamsCert.IntegrationTests.Access;

/// <summary>What one surface answered one person for one operation on one case: let through, or refused (and by which rule).</summary>
public sealed record Probe(string Surface, CaseOperation Operation, bool Refused, string? RuleId)
{
    /// <summary>Surfaces that show only part of a case page: the page itself must be visible too.</summary>
    public bool NeedsViewCase { get; init; }

    /// <summary>Surfaces behind the tab's managers' views, which are for roles that see every case.</summary>
    public bool ManagersView { get; init; }
}
