namespace TeamsCert.Domain.Schemes;

/// <summary>The four schemes TeamsCert runs (rules reference, conventions).</summary>
public static class SchemeCodes
{
    /// <summary>CMM-525-0011 live-streaming e-commerce service quality (seed 000).</summary>
    public const string LS = "LS";

    /// <summary>CMM-525-0009 call-centre operations (seed 003).</summary>
    public const string CC9 = "CC9";

    /// <summary>Telecom call-centre service with star levels (seed 002).</summary>
    public const string TEL = "TEL";

    /// <summary>BAC-FR01-2021 after-sales service on GB/T 27922 (seed 004).</summary>
    public const string AS = "AS";

    public static readonly IReadOnlyList<string> All = [LS, CC9, TEL, AS];

    /// <summary>Returns the canonical code for user input in any letter case, or throws naming the field.</summary>
    public static string Parse(string? value, string field = "scheme") =>
        All.FirstOrDefault(c => string.Equals(c, value?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidInputException(field, $"未知的认证方案“{value}”，应为 {string.Join("、", All)} / unknown scheme \"{value}\"; expected one of {string.Join(", ", All)}");
}
