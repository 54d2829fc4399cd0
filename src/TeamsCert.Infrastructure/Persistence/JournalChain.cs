using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TeamsCert.Infrastructure.Persistence;

/// <summary>
/// Hash-chains a case's journal: each entry's SHA-256 covers its own fields and the previous entry's hash, so an edited,
/// removed or reordered entry breaks every hash after it (ISO/IEC 17021-1 9.9 record integrity).
/// </summary>
public static class JournalChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private static readonly JsonSerializerOptions _json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Journal instants are kept to the millisecond so every database returns exactly what was hashed.</summary>
    public static DateTimeOffset Normalise(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    public static string CanonicalData(IReadOnlyDictionary<string, string> data) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(data.ToDictionary(), StringComparer.Ordinal), _json);

    public static string Hash(JournalRow row)
    {
        var text = string.Join('\n',
            row.CaseId.ToString("D"),
            row.Sequence.ToString(CultureInfo.InvariantCulture),
            row.Type,
            row.ActorId,
            Normalise(row.At).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            row.Reason ?? string.Empty,
            row.RuleId ?? string.Empty,
            row.DataJson,
            row.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public static JournalVerification Verify(IReadOnlyList<JournalRow> rows)
    {
        var previous = Genesis;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Sequence != i + 1)
            {
                return new JournalVerification(false, rows.Count, row.Sequence, $"sequence {row.Sequence} found where {i + 1} was expected (an entry is missing or out of order)");
            }

            if (row.PreviousHash != previous)
            {
                return new JournalVerification(false, rows.Count, row.Sequence, "previousHash does not match the hash of the entry before it");
            }

            if (Hash(row) != row.Hash)
            {
                return new JournalVerification(false, rows.Count, row.Sequence, "the entry's content does not match its hash (it was altered)");
            }

            previous = row.Hash;
        }

        return new JournalVerification(true, rows.Count, null, null);
    }
}
