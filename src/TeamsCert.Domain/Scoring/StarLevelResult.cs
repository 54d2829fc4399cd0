namespace TeamsCert.Domain.Scoring;

/// <summary>The highest TEL star level met (null when none, A-25) and every level's conditions, highest rank first.</summary>
public sealed record StarLevelResult
{
    public string? Grade { get; init; }

    public string? GradeEn { get; init; }

    public int? Rank { get; init; }

    public required IReadOnlyList<StarLevelEvaluation> Levels { get; init; }

    public required IReadOnlyList<ScoringStep> Explanation { get; init; }
}
