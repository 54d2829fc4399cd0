using System.Security.Cryptography;

namespace TeamsCert.IntegrationTests.Documents;

/// <summary>
/// A file made on the fly (a real header, then a byte pattern) as a forward-only stream, like a request body: large
/// uploads are sent without ever holding the file in memory on either side.
/// </summary>
public sealed class GeneratedFileStream(byte[] header, long length) : Stream
{
    public static readonly byte[] PdfHeader = "%PDF-1.7\n%测试\n"u8.ToArray();
    public static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public static GeneratedFileStream Pdf(long length) => new(PdfHeader, length);

    public static GeneratedFileStream Png(long length) => new(PngHeader, length);

    /// <summary>The SHA-256 of a fresh copy of this file, lower-case hex.</summary>
    public static string Sha256Of(Func<Stream> make)
    {
        using var stream = make();
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < n; i++, _position++)
        {
            buffer[i] = _position < header.Length ? header[_position] : (byte)('a' + (_position * 7 % 26));
        }

        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
