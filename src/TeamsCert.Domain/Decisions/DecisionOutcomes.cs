using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.Decisions;

/// <summary>Consistency checks over a scheme's outcome list.</summary>
public static class DecisionOutcomes
{
    public static void Validate(IReadOnlyList<DecisionOutcome> outcomes, RuleDataValidation validation, string jsonPath)
    {
        RuleDataChecks.UniqueCodes(validation, jsonPath, outcomes.Select(o => o.Code));
        for (var i = 0; i < outcomes.Count; i++)
        {
            var outcome = outcomes[i];
            foreach (var kind in outcome.AuditKinds.Where(k => !DecisionOutcome.KnownAuditKinds.Contains(k)))
            {
                validation.Error($"{jsonPath}[{i}].auditKinds", $"\"{kind}\" is not initial, surveillance or recertification");
            }

            validation.Require(outcome.PausesClock == (outcome.Effect == OutcomeEffect.MoreInformation),
                $"{jsonPath}[{i}].pausesClock", "only the more-information outcome pauses the decision clock (A-06)");
        }

        foreach (var kind in DecisionOutcome.KnownAuditKinds)
        {
            validation.Require(outcomes.Any(o => o.AuditKinds.Contains(kind)), jsonPath, $"no outcome for {kind} decisions");
        }
    }
}
