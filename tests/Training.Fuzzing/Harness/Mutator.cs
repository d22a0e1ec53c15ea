using System.Buffers.Binary;

namespace Training.Fuzzing;

/// <summary>
/// libFuzzer's byte-level mutations: bit flips, random and "interesting" values, inserts and deletes,
/// copies inside the input, dictionary tokens, line edits (GIFT and YAML are line-based) and splicing
/// with another corpus input. Several are stacked per mutant.
/// </summary>
/// <param name="random">The only source of randomness, so a seed replays a run.</param>
/// <param name="dictionary">Tokens of the target's syntax.</param>
internal sealed class Mutator(Random random, IReadOnlyList<byte[]> dictionary)
{
    private const int MutationKinds = 14;

    private static readonly long[] s_interesting =
    [
        0, 1, -1, 2, 7, 8, 16, 32, 64, 100, 127, 128, 255, 256, 512, 1000, 1024, 4096, 32767, 32768, 65535, 65536,
        100_000, int.MaxValue, int.MinValue, uint.MaxValue, long.MaxValue,
    ];

    private static readonly byte[][] s_numbers = [.. new[] { "0", "-1", "1e308", "-1e308", "NaN", "99999999999999999999", "4294967296", "0.0000001", "1..", "..1" }.Select(System.Text.Encoding.ASCII.GetBytes)];

    /// <summary>The random source, shared with structure-aware mutations.</summary>
    public Random Random => random;

    /// <summary>The corpus to splice with; set by the fuzzing loop.</summary>
    public Func<byte[]>? PickOther { get; set; }

    /// <summary>Returns a mutant of <paramref name="input"/> (never the same array) at most <paramref name="maxLength"/> long.</summary>
    public byte[] Mutate(byte[] input, int maxLength)
    {
        var data = new List<byte>(input);
        var count = 1 + random.Next(random.Next(2) == 0 ? 2 : 8);
        for (var step = 0; step < count; step++)
        {
            MutateOnce(data);
        }

        if (data.Count > maxLength)
        {
            data.RemoveRange(maxLength, data.Count - maxLength);
        }

        return [.. data];
    }

    private void MutateOnce(List<byte> data)
    {
        if (data.Count == 0)
        {
            Insert(data, RandomBytes(1 + random.Next(8)));
            return;
        }

        switch (random.Next(MutationKinds))
        {
            case 0:
                data[Position(data)] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                data[Position(data)] = (byte)random.Next(256);
                break;
            case 2:
                Insert(data, RandomBytes(1 + random.Next(16)));
                break;
            case 3:
                DeleteRange(data);
                break;
            case 4:
                CopyInside(data);
                break;
            case 5:
                if (dictionary.Count > 0)
                {
                    Insert(data, dictionary[random.Next(dictionary.Count)]);
                }

                break;
            case 6:
                if (dictionary.Count > 0)
                {
                    Overwrite(data, dictionary[random.Next(dictionary.Count)]);
                }

                break;
            case 7:
                Overwrite(data, InterestingInteger());
                break;
            case 8:
                AddToInteger(data);
                break;
            case 9:
                Splice(data);
                break;
            case 10:
                EditLine(data);
                break;
            case 11:
                Overwrite(data, s_numbers[random.Next(s_numbers.Length)]);
                break;
            case 12:
                // Repeat a short run many times: long runs of one construct find quadratic behaviour.
                RepeatChunk(data);
                break;
            default:
                var cut = random.Next(data.Count);
                data.RemoveRange(cut, data.Count - cut);
                break;
        }
    }

    private int Position(List<byte> data) => random.Next(data.Count);

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private void Insert(List<byte> data, byte[] bytes) => data.InsertRange(random.Next(data.Count + 1), bytes);

    private void Overwrite(List<byte> data, byte[] bytes)
    {
        var at = random.Next(data.Count);
        for (var index = 0; index < bytes.Length; index++)
        {
            if (at + index < data.Count)
            {
                data[at + index] = bytes[index];
            }
            else
            {
                data.Add(bytes[index]);
            }
        }
    }

    private void DeleteRange(List<byte> data)
    {
        var at = random.Next(data.Count);
        var length = 1 + random.Next(Math.Min(random.Next(2) == 0 ? 4 : 64, data.Count - at));
        data.RemoveRange(at, length);
    }

    private void CopyInside(List<byte> data)
    {
        var from = random.Next(data.Count);
        var length = 1 + random.Next(Math.Min(128, data.Count - from));
        var chunk = data.GetRange(from, length);
        data.InsertRange(random.Next(data.Count + 1), chunk);
    }

    private void RepeatChunk(List<byte> data)
    {
        var from = random.Next(data.Count);
        var length = 1 + random.Next(Math.Min(8, data.Count - from));
        var chunk = data.GetRange(from, length);
        var times = 16 << random.Next(6);
        var repeated = new List<byte>(chunk.Count * times);
        for (var time = 0; time < times; time++)
        {
            repeated.AddRange(chunk);
        }

        data.InsertRange(from, repeated);
    }

    private byte[] InterestingInteger()
    {
        var value = s_interesting[random.Next(s_interesting.Length)];
        var bytes = new byte[8];
        if (random.Next(2) == 0)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        }
        else
        {
            BinaryPrimitives.WriteInt64BigEndian(bytes, value);
            return bytes[(8 - (1 << random.Next(4)))..];
        }

        return bytes[..(1 << random.Next(4))];
    }

    private void AddToInteger(List<byte> data)
    {
        var at = random.Next(data.Count);
        var delta = random.Next(-35, 36);
        data[at] = (byte)(data[at] + delta);
        if (random.Next(2) == 0 && at + 1 < data.Count)
        {
            data[at + 1] = (byte)(data[at + 1] + (delta < 0 ? -1 : 0));
        }
    }

    private void Splice(List<byte> data)
    {
        var other = PickOther?.Invoke();
        if (other is null || other.Length == 0)
        {
            return;
        }

        var from = random.Next(other.Length);
        var length = 1 + random.Next(Math.Min(other.Length - from, 512));
        var chunk = other.AsSpan(from, length).ToArray();
        if (random.Next(2) == 0)
        {
            Insert(data, chunk);
        }
        else
        {
            // Crossover: keep a prefix of this input, then the other's tail.
            var cut = random.Next(data.Count + 1);
            data.RemoveRange(cut, data.Count - cut);
            data.AddRange(other.AsSpan(from).ToArray());
        }
    }

    private void EditLine(List<byte> data)
    {
        var lines = Lines(data);
        if (lines.Count == 0)
        {
            return;
        }

        var (start, length) = lines[random.Next(lines.Count)];
        switch (random.Next(3))
        {
            case 0:
                data.RemoveRange(start, length);
                break;
            case 1:
                var line = data.GetRange(start, length);
                var target = lines[random.Next(lines.Count)].Start;
                data.InsertRange(target, line);
                break;
            default:
                // Indent or dedent: YAML's structure is its indentation.
                if (random.Next(2) == 0)
                {
                    data.InsertRange(start, "  "u8.ToArray());
                }
                else if (length > 0 && data[start] == (byte)' ')
                {
                    data.RemoveAt(start);
                }

                break;
        }
    }

    /// <summary>Each line's start and length, its line break included.</summary>
    private static List<(int Start, int Length)> Lines(List<byte> data)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var index = 0; index < data.Count; index++)
        {
            if (data[index] == (byte)'\n')
            {
                lines.Add((start, index + 1 - start));
                start = index + 1;
            }
        }

        if (start < data.Count)
        {
            lines.Add((start, data.Count - start));
        }

        return lines;
    }
}
