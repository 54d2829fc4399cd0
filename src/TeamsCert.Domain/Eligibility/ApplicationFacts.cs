namespace TeamsCert.Domain.Eligibility;

/// <summary>
/// What the applicant has shown: attested condition codes, submitted material codes, and dated facts such as
/// <c>managementSystemStarted</c> or <c>lastMajorAccident</c> that eligibility deadline rules (AS-D07, LS-E01) read.
/// </summary>
public sealed record ApplicationFacts(
    DateOnly ReceivedOn,
    IReadOnlySet<string> MetConditions,
    IReadOnlySet<string> SubmittedMaterials,
    IReadOnlyDictionary<string, DateOnly> EventDates);
