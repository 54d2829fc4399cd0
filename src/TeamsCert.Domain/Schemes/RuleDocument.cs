namespace TeamsCert.Domain.Schemes;

/// <summary>The certification rule document a rule set executes, with its metadata recorded verbatim .</summary>
public sealed record RuleDocument
{
    public required string Number { get; init; }

    public required string Title { get; init; }

    public string? Version { get; init; }

    public required string Issuer { get; init; }

    public required string BasisStandard { get; init; }

    /// <summary>The seed file id in the rules reference (000, 002, 003, 004).</summary>
    public required string Seed { get; init; }

    public DateOnly? Issued { get; init; }

    public DateOnly? Effective { get; init; }

    public DateOnly? ValidUntil { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<LocalizedText> Warnings { get; init; } = [];
}
