using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Certificates;

/// <summary>A status change a scheme allows and the triggers it allows it for, JSON <c>$.certificate.transitions[i]</c>.</summary>
public sealed record CertificateTransitionRule : IValidatableRuleData
{
    public CertificateState? From { get; init; }

    public CertificateState? To { get; init; }

    public IReadOnlyList<CertificateTransitionTrigger> Triggers { get; init; } = [];

    public void Validate(RuleDataValidation validation, string jsonPath)
    {
        var hasStates = validation.Require(From is not null, $"{jsonPath}.from", "is required")
            & validation.Require(To is not null, $"{jsonPath}.to", "is required");
        if (hasStates && TransitionInvariants.Breach(From!.Value, To!.Value) is { } breach)
        {
            validation.Error($"{jsonPath}.to", $"{CertificateRuleIds.TerminalState}: {breach.En}");
        }

        if (!validation.Require(Triggers is { Count: > 0 }, $"{jsonPath}.triggers", "must list at least one trigger"))
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Triggers.Count; i++)
        {
            var path = $"{jsonPath}.triggers[{i}]";
            if (!validation.Require(Triggers[i] is not null, path, "must not be null"))
            {
                continue;
            }

            Triggers[i].Validate(validation, path);
            validation.Require(Triggers[i].Code is null || seen.Add(Triggers[i].Code), $"{path}.code",
                $"duplicates trigger '{Triggers[i].Code}' of this transition");
        }
    }
}
