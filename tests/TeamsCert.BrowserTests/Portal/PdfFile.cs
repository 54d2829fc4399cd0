using System.Security.Cryptography;

namespace TeamsCert.BrowserTests.Portal;

/// <summary>A file on disk with a real PDF header followed by a byte pattern, written in chunks, with its SHA-256.</summary>
internal static class PdfFile
{
    private static readonly byte[] _header = "%PDF-1.7\n%测试\n"u8.ToArray();

    /// <returns>The lower-case hex SHA-256 of what was written.</returns>
    public static string Write(string path, long length)
    {
        using var file = File.Create(path);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[1024 * 1024];
        long written = 0;
        while (written < length)
        {
            var size = (int)Math.Min(chunk.Length, length - written);
            for (var i = 0; i < size; i++)
            {
                var at = written + i;
                chunk[i] = at < _header.Length ? _header[at] : (byte)(at * 31 % 251);
            }

            file.Write(chunk, 0, size);
            hash.AppendData(chunk, 0, size);
            written += size;
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
