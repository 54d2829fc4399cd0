namespace TeamsCert.Domain.Eligibility;

/// <summary>A condition the applicant must meet (e.g. legal entity, documented system), attested at application review.</summary>
public sealed record EligibilityCondition(string Code, LocalizedText Label, string Source);
