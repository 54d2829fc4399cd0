namespace TeamsCert.Domain.Scoring;

/// <summary>One line of a score explanation: a step code, the seed section or rule id it rests on, the text and a value.</summary>
public sealed record ScoringStep(string Step, string Source, LocalizedText Description, decimal? Value);
