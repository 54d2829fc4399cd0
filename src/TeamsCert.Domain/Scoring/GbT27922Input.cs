using TeamsCert.Domain.AuditTime;

namespace TeamsCert.Domain.Scoring;

/// <summary>
/// Findings of an AS evaluation. JSON: <c>{"excluded":["配送"],"failedItems":{"维修":[1,2]},"specialDeductions":0,"bonus":0}</c>,
/// optionally <c>"kind":"surveillance"</c> (A-35). Item numbers are 1-based as printed in 004 附件一 4.
/// </summary>
public sealed record GbT27922Input
{
    public IReadOnlyList<string> Excluded { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<int>> FailedItems { get; init; } = new Dictionary<string, IReadOnlyList<int>>();

    public int SpecialDeductions { get; init; }

    public int Bonus { get; init; }

    public AuditKind Kind { get; init; } = AuditKind.Initial;
}
