namespace TeamsCert.Domain.Scoring;

/// <summary>
/// TEL evaluation counts. JSON: <c>{"parts":{"1.0":{"items":20,"methodCompliant":20,"executed":18},…},"totalScore":3250}</c>.
/// Every core part is required; part 5.0 is optional (levels that need it are then not met).
/// </summary>
public sealed record StarLevelInput
{
    public IReadOnlyDictionary<string, PartTally> Parts { get; init; } = new Dictionary<string, PartTally>();

    public decimal TotalScore { get; init; }
}
