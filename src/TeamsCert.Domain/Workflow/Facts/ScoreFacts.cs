namespace TeamsCert.Domain.Workflow.Facts;

/// <summary>The scheme score of an audit: the value, pass decision and grade (AS band, TEL star level), with the input.</summary>
public sealed class ScoreFacts
{
    public required string Model { get; init; }

    public decimal? Value { get; init; }

    public bool? Passed { get; init; }

    public string? Grade { get; init; }

    public required string InputJson { get; init; }
}
