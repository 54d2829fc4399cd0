using System.Globalization;

namespace TeamsCert.Domain.Rules;

// Justifications and explanations are kept on record, so they must read the same whatever the server culture is.
internal static class DecimalText
{
    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    // Intermediate quotients (e.g. 92 / 96 × 100) show enough digits that the later rounding step is visible.
    public static string Precise(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Percent(decimal value) => Format(value) + "%";
}
