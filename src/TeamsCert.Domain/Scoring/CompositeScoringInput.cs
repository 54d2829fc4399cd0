namespace TeamsCert.Domain.Scoring;

/// <summary>
/// Scores (0–100) for a composite evaluation. JSON:
/// <c>{"weighted":{"服务质量评价":85,…},"lift":{"行业影响力":50},"subIndicators":{"制度建设":84},"majorNonconformities":0}</c>.
/// Every weighted indicator is required; a missing lift indicator counts 0; a missing sub-indicator is "not assessed".
/// </summary>
public sealed record CompositeScoringInput
{
    public IReadOnlyDictionary<string, decimal> Weighted { get; init; } = new Dictionary<string, decimal>();

    public IReadOnlyDictionary<string, decimal>? Lift { get; init; }

    public IReadOnlyDictionary<string, decimal>? SubIndicators { get; init; }

    public int MajorNonconformities { get; init; }
}
