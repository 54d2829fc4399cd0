namespace TeamsCert.Domain.Eligibility;

/// <summary>A document the applicant must submit with the application.</summary>
public sealed record MaterialRequirement(string Code, LocalizedText Label, string Source);
