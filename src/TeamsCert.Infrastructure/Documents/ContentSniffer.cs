using System.Text;

namespace TeamsCert.Infrastructure.Documents;

/// <summary>
/// The allow-list of extensions and the real type of a file from its first bytes: PDF, PNG, JPEG, Office Open XML
/// (ZIP), legacy Office (OLE compound file), and UTF-8 text without NULs for .txt and .csv.
/// </summary>
public static class ContentSniffer
{
    /// <summary>How many leading bytes the sniffer looks at.</summary>
    public const int HeadLength = 8192;

    private static readonly byte[] _pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] _png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] _jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] _zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] _ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Dictionary<string, (string ContentType, Kind Kind)> _types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", Kind.Pdf),
        [".png"] = ("image/png", Kind.Png),
        [".jpg"] = ("image/jpeg", Kind.Jpeg),
        [".jpeg"] = ("image/jpeg", Kind.Jpeg),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Kind.Zip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Kind.Zip),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", Kind.Zip),
        [".doc"] = ("application/msword", Kind.Ole),
        [".xls"] = ("application/vnd.ms-excel", Kind.Ole),
        [".txt"] = ("text/plain; charset=utf-8", Kind.Text),
        [".csv"] = ("text/csv; charset=utf-8", Kind.Text),
    };

    private enum Kind
    {
        Pdf,
        Png,
        Jpeg,
        Zip,
        Ole,
        Text,
    }

    public static IReadOnlyCollection<string> AllowedExtensions => _types.Keys;

    public static bool IsAllowed(string fileName) => _types.ContainsKey(Path.GetExtension(fileName));

    /// <summary>The content type for the file's extension if its first bytes are of that type; otherwise <c>null</c>.</summary>
    public static string? Sniff(string fileName, ReadOnlySpan<byte> head, bool headIsWholeFile)
    {
        if (!_types.TryGetValue(Path.GetExtension(fileName), out var type) || head.IsEmpty)
        {
            return null;
        }

        var matches = type.Kind switch
        {
            Kind.Pdf => head.StartsWith(_pdf),
            Kind.Png => head.StartsWith(_png),
            Kind.Jpeg => head.StartsWith(_jpeg),
            Kind.Zip => head.StartsWith(_zip),
            Kind.Ole => head.StartsWith(_ole),
            _ => IsUtf8Text(head, headIsWholeFile),
        };
        return matches ? type.ContentType : null;
    }

    private static bool IsUtf8Text(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.Contains((byte)0))
        {
            return false;
        }

        // A multi-byte character may be cut at the end of the head: only a whole file must end on a character boundary.
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        try
        {
            decoder.GetCharCount(head, flush: complete);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
