namespace TeamsCert.Domain.Modes;

// Parsing and ordering of combinations such as "A+B+G".
internal static class ModeCodes
{
    public static IReadOnlyList<string> Split(string combination) =>
        combination.Split('+').Select(part => part.Trim().ToUpperInvariant()).ToList();

    public static int IndexOf(ModesRules rules, string code)
    {
        for (var i = 0; i < rules.Codes.Count; i++)
        {
            if (string.Equals(rules.Codes[i]?.Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // The scheme's own order (A before B …), so equal sets compare equal as text.
    public static IReadOnlyList<string> Ordered(ModesRules rules, IEnumerable<string> codes) =>
        codes.Distinct(StringComparer.Ordinal).OrderBy(code => IndexOf(rules, code)).ToList();

    public static string Join(IEnumerable<string> codes) => string.Join("+", codes);
}
