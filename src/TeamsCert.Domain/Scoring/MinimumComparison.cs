namespace TeamsCert.Domain.Scoring;

/// <summary>A-22: whether "得分应达到X分以上" includes X. Default <see cref="Inclusive"/> (score ≥ X).</summary>
public enum MinimumComparison
{
    /// <summary>Score ≥ minimum meets it.</summary>
    Inclusive = 0,

    /// <summary>Score must be strictly above the minimum.</summary>
    Strict = 1,
}
