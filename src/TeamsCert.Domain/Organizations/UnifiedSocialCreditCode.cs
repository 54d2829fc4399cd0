namespace TeamsCert.Domain.Organizations;

/// <summary>
/// The organisation's 统一社会信用代码 (GB 32100-2015): 18 characters from 0–9 and the capitals without I, O, S, V, Z,
/// the last a check character over the first 17 (weights 3^i mod 31). It identifies the organisation where names
/// change or repeat, e.g. when matching auditors' conflicts of interest (LS-R03, AS-R04).
/// </summary>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] _weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The code upper-cased and trimmed, or an error naming <paramref name="field"/>.</summary>
    public static string Normalize(string code, string field)
    {
        var value = code.Trim().ToUpperInvariant();
        if (value.Length != 18 || value.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            throw new InvalidInputException(field,
                $"统一社会信用代码应为 18 位数字或大写字母（不含 I、O、S、V、Z） / {field} must be 18 digits or capitals (no I, O, S, V, Z)");
        }

        if (value[17] != CheckCharacter(value))
        {
            throw new InvalidInputException(field, $"统一社会信用代码校验位不符（应为 {CheckCharacter(value)}） / {field} fails its check character (GB 32100-2015)");
        }

        return value;
    }

    private static char CheckCharacter(string value)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(value[i], StringComparison.Ordinal) * _weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }
}
