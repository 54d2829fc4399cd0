using TeamsCert.Domain.Deadlines;

namespace TeamsCert.Domain.Eligibility;

/// <summary>
/// Everything an application still lacks, in one go: the one-time deficiency notice (LS-D01) lists every item here.
/// </summary>
public sealed record EligibilityResult(
    IReadOnlyList<MaterialRequirement> MissingMaterials,
    IReadOnlyList<EligibilityCondition> UnmetConditions,
    IReadOnlyList<DeadlineCheck> FailedTimeRules)
{
    public bool Eligible => MissingMaterials.Count == 0 && UnmetConditions.Count == 0 && FailedTimeRules.Count == 0;
}
