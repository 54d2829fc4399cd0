namespace TeamsCert.Domain.Policies;

/// <summary>
/// One ambiguity flag (A-01..A-41) of the rules reference, turned into a switch. The default is the
/// product decision; <see cref="Options"/> lists the values a scheme file may choose instead.
/// </summary>
public sealed record PolicyDefinition(string Id, LocalizedText Summary, string Default, IReadOnlyList<string> Options)
{
    /// <summary>Numeric switches (e.g. months, working days) accept any integer in this range instead of fixed options.</summary>
    public (int Min, int Max)? IntegerRange { get; init; }

    public bool Accepts(string value) =>
        IntegerRange is { } range
            ? int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= range.Min && n <= range.Max
            : Options.Contains(value, StringComparer.Ordinal);

    public string Describe() =>
        IntegerRange is { } range ? $"an integer from {range.Min} to {range.Max}" : string.Join(" | ", Options);
}
