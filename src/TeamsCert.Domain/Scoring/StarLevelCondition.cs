namespace TeamsCert.Domain.Scoring;

/// <summary>
/// One condition of a star level: <see cref="Code"/> like <c>1.0–4.0.methodCompliant</c>, <c>2.0.executed</c>,
/// <c>5.0.methodCompliant</c> or <c>totalScore</c>; percentages in percent; <see cref="Actual"/> null when the part is missing.
/// </summary>
public sealed record StarLevelCondition(string Code, LocalizedText Description, decimal? Actual, decimal Required, bool Met);
