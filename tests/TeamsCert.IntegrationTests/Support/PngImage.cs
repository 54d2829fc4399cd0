using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TeamsCert.IntegrationTests.Support;

/// <summary>
/// Just enough PNG reading to check the app icons: the IHDR size and colour type, and the RGBA pixels of an 8-bit image
/// whose scanlines use filter 0 (what manifest/tools/make-icons.py writes).
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] _signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte colourType, byte[] idat)
    {
        Width = width;
        Height = height;
        ColourType = colourType;
        Idat = idat;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>6 = RGBA.</summary>
    public byte ColourType { get; }

    private byte[] Idat { get; }

    public static PngImage Read(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(_signature), "not a PNG: the signature is wrong");
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png, 12, 4));
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        var colourType = png[25];
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (Encoding.ASCII.GetString(png, at + 4, 4) == "IDAT")
            {
                idat.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        return new PngImage(width, height, colourType, idat.ToArray());
    }

    /// <summary>Every pixel as (R, G, B, A); requires 8-bit RGBA and filter 0 on every scanline.</summary>
    public IReadOnlyList<(byte R, byte G, byte B, byte A)> Pixels()
    {
        Assert.Equal(6, ColourType);
        using var inflater = new ZLibStream(new MemoryStream(Idat), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        var bytes = raw.ToArray();
        var stride = (Width * 4) + 1;
        Assert.Equal(stride * Height, bytes.Length);
        var pixels = new List<(byte, byte, byte, byte)>(Width * Height);
        for (var y = 0; y < Height; y++)
        {
            Assert.Equal(0, bytes[y * stride]);
            for (var x = 0; x < Width; x++)
            {
                var p = (y * stride) + 1 + (x * 4);
                pixels.Add((bytes[p], bytes[p + 1], bytes[p + 2], bytes[p + 3]));
            }
        }

        return pixels;
    }
}
