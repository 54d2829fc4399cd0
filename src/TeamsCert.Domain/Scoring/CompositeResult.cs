namespace TeamsCert.Domain.Scoring;

/// <summary>Result of the LS/CC9 composite: parts, composite, minima and the pass decision .</summary>
public sealed record CompositeResult
{
    /// <summary>Σ score × weight / 100 over weighted and lift indicators.</summary>
    public required decimal Composite { get; init; }

    public required decimal Characteristic { get; init; }

    public required decimal Management { get; init; }

    public required decimal Lift { get; init; }

    /// <summary>Highest reachable composite (118 with the seed weights).</summary>
    public required decimal Maximum { get; init; }

    public required IReadOnlyList<string> BelowMinimum { get; init; }

    public required IReadOnlyList<string> NotAssessed { get; init; }

    /// <summary>True only when every minimum was assessed and met.</summary>
    public required bool MinimaMet { get; init; }

    public required int MajorNonconformities { get; init; }

    /// <summary>Null under <see cref="CompositePassRule.NoPassDecision"/>.</summary>
    public bool? Passed { get; init; }

    public required IReadOnlyList<ScoringStep> Explanation { get; init; }
}
