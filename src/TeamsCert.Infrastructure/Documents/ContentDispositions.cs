using System.Globalization;
using System.Text;

namespace TeamsCert.Infrastructure.Documents;

/// <summary>
/// The <c>Content-Disposition</c> of every download: always <c>attachment</c>, the name as RFC 6266 <c>filename*</c>
/// (UTF-8, RFC 8187 percent-encoding) and an ASCII <c>filename</c> fallback. Control, bidi-override, zero-width and other
/// invisible format characters are removed from both first, so a right-to-left override cannot make <c>cod.txt</c>
/// look like <c>txt.doc</c>, and path separators cannot name a folder.
/// </summary>
public static class ContentDispositions
{
    private const string AttrChars = "!#$&+-.^_`|~";

    public static string Attachment(string? fileName)
    {
        var name = SafeName(fileName);
        return $"attachment; filename=\"{AsciiFallback(name)}\"; filename*=UTF-8''{Encode(name)}";
    }

    /// <summary>The name without invisible or control characters and without path separators; <c>download</c> when nothing is left.</summary>
    public static string SafeName(string? fileName)
    {
        var text = new StringBuilder();
        foreach (var rune in (fileName ?? "").EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse)
            {
                continue;
            }

            text.Append(rune.Value is '/' or '\\' ? "_" : rune.ToString());
        }

        var name = text.ToString().Trim().Trim('.');
        return name.Length == 0 ? "download" : name;
    }

    /// <summary>Printable ASCII only; quotes, backslashes, percent signs and semicolons (read as escapes or separators) become <c>_</c>.</summary>
    public static string AsciiFallback(string safeName)
    {
        var ascii = new StringBuilder(safeName.Length);
        foreach (var c in safeName)
        {
            ascii.Append(c is >= ' ' and < '\x7f' and not ('"' or '\\' or '%' or ';') ? c : '_');
        }

        return ascii.ToString();
    }

    private static string Encode(string name)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || AttrChars.Contains(c, StringComparison.Ordinal))
            {
                encoded.Append(c);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
