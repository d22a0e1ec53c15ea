using System.Buffers.Binary;
using System.IO.Compression;

namespace Training.Cli.Tests.Infrastructure;

/// <summary>
/// A minimal PNG reader for screenshots: 8-bit RGB or RGBA, not interlaced (what Chromium writes).
/// The IDAT chunks are one zlib stream; each row starts with its filter type.
/// </summary>
public sealed class PngImage
{
    private readonly byte[] _rgba;

    private PngImage(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        _rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        ReadOnlySpan<byte> signature = [137, 80, 78, 71, 13, 10, 26, 10];
        if (!bytes.AsSpan(0, 8).SequenceEqual(signature))
        {
            throw new InvalidDataException($"{path} is not a PNG file.");
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                var (depth, colour, interlace) = (data[8], data[9], data[12]);
                channels = colour switch { 2 => 3, 6 => 4, _ => 0 };
                if (depth != 8 || channels == 0 || interlace != 0)
                {
                    throw new NotSupportedException($"PNG with bit depth {depth}, colour type {colour}, interlace {interlace}: only 8-bit RGB(A), not interlaced, is read.");
                }
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            at += 12 + length;
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var above = y == 0 ? new byte[stride] : pixels.AsSpan((y - 1) * stride, stride);
            for (var x = 0; x < stride; x++)
            {
                int left = x >= channels ? row[x - channels] : 0;
                int up = above[x];
                int upLeft = x >= channels && y > 0 ? above[x - channels] : 0;
                row[x] = (byte)(source[x] + filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                });
            }
        }

        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            rgba[i * 4] = pixels[i * channels];
            rgba[(i * 4) + 1] = pixels[(i * channels) + 1];
            rgba[(i * 4) + 2] = pixels[(i * channels) + 2];
            rgba[(i * 4) + 3] = channels == 4 ? pixels[(i * channels) + 3] : (byte)255;
        }

        return new PngImage(width, height, rgba);
    }

    /// <summary>The pixel at (x, y) as 0xRRGGBB.</summary>
    public int Rgb(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (_rgba[i] << 16) | (_rgba[i + 1] << 8) | _rgba[i + 2];
    }

    /// <summary>How many distinct colours the image has (a blank page has one or two).</summary>
    public int DistinctColours()
    {
        var seen = new HashSet<int>();
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                seen.Add(Rgb(x, y));
            }
        }

        return seen.Count;
    }

    /// <summary>The longest horizontal run of a colour (within a tolerance per channel) and the row it is on.</summary>
    public (int Length, int Row, int Start) LongestRun(int rgb, int tolerance = 6)
    {
        (int Length, int Row, int Start) best = (0, -1, -1);
        for (var y = 0; y < Height; y++)
        {
            var run = 0;
            for (var x = 0; x < Width; x++)
            {
                run = Near(Rgb(x, y), rgb, tolerance) ? run + 1 : 0;
                if (run > best.Length)
                {
                    best = (run, y, x - run + 1);
                }
            }
        }

        return best;
    }

    /// <summary>How many pixels have a colour (within a tolerance per channel).</summary>
    public int Count(int rgb, int tolerance = 6)
    {
        var count = 0;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                count += Near(Rgb(x, y), rgb, tolerance) ? 1 : 0;
            }
        }

        return count;
    }

    private static bool Near(int a, int b, int tolerance) =>
        Math.Abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)) <= tolerance
        && Math.Abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF)) <= tolerance
        && Math.Abs((a & 0xFF) - (b & 0xFF)) <= tolerance;

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
