namespace TeamsCert.Domain.Scoring;

/// <summary>How one star level fared: met only when every condition holds.</summary>
public sealed record StarLevelEvaluation(LocalizedText Name, int Rank, bool Met, IReadOnlyList<StarLevelCondition> Conditions);
