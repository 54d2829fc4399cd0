using TeamsCert.Domain;
using TeamsCert.Domain.Decisions;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>One decision outcome the scheme allows (rules reference §2.7).</summary>
public sealed record OutcomeOption(string Code, LocalizedText Label, bool RequiresReasons)
{
    /// <summary>The scheme's outcomes for an audit kind (<c>initial</c>, <c>surveillance</c>, <c>recertification</c>).</summary>
    public static IReadOnlyList<OutcomeOption> For(IEnumerable<DecisionOutcome> outcomes, string auditKind) =>
        [.. outcomes.Where(o => o.AuditKinds.Contains(auditKind, StringComparer.Ordinal)).Select(o => new OutcomeOption(o.Code, o.Label, o.RequiresReasons))];
}
