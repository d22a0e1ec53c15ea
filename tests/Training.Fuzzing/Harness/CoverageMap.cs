using System.Reflection;
using System.Runtime.InteropServices;
using SharpFuzz.Common;

namespace Training.Fuzzing;

/// <summary>
/// The edge-coverage map that SharpFuzz's instrumentation writes (<c>Trace.SharedMem</c>, AFL's layout:
/// 64 KB of hit counters indexed by edge). After each input the counters are bucketed as AFL does
/// (1, 2, 3, 4-7, 8-15, 16-31, 32-127, 128+) and compared with every bucket seen so far: an input that
/// lights a new one goes into the corpus. Without an instrumented engine the map stays empty.
/// </summary>
internal sealed unsafe class CoverageMap : IDisposable
{
    public const int Size = 1 << 16;

    private static readonly byte[] s_buckets = CreateBuckets();

    private readonly byte* _map;
    private readonly byte[] _seen = new byte[Size];

    public CoverageMap()
    {
        _map = (byte*)NativeMemory.AllocZeroed(Size);
        IsInstrumented = IsAssemblyInstrumented(typeof(Training.Engine.Quizzes.Gift.GiftParser).Assembly);
        Trace.SharedMem = _map;
    }

    /// <summary>True when the engine assembly was rewritten by <c>sharpfuzz</c>, so the map fills.</summary>
    public bool IsInstrumented { get; }

    /// <summary>The edges hit at least once since the last <see cref="Forget"/>.</summary>
    public int Edges { get; private set; }

    /// <summary>Clears the counters before an input.</summary>
    public void Clear()
    {
        new Span<byte>(_map, Size).Clear();
        Trace.PrevLocation = 0;
    }

    /// <summary>Records the counters of the input just run.</summary>
    /// <returns>True when it reached an edge, or a hit count bucket of an edge, never seen before.</returns>
    public bool CollectNew()
    {
        var found = false;
        var words = new ReadOnlySpan<ulong>(_map, Size / sizeof(ulong));
        for (var word = 0; word < words.Length; word++)
        {
            if (words[word] == 0)
            {
                continue;
            }

            for (var index = word * sizeof(ulong); index < (word + 1) * sizeof(ulong); index++)
            {
                var hits = _map[index];
                if (hits == 0)
                {
                    continue;
                }

                var bucket = s_buckets[hits];
                if ((_seen[index] & bucket) == 0)
                {
                    if (_seen[index] == 0)
                    {
                        Edges++;
                    }

                    _seen[index] |= bucket;
                    found = true;
                }
            }
        }

        return found;
    }

    /// <summary>Forgets what was seen, before fuzzing another target.</summary>
    public void Forget()
    {
        Array.Clear(_seen);
        Edges = 0;
    }

    public void Dispose()
    {
        // The instrumented code may still run (a finalizer): point it at a map that stays alive.
        Trace.SharedMem = (byte*)NativeMemory.AllocZeroed(Size);
        NativeMemory.Free(_map);
    }

    private static bool IsAssemblyInstrumented(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Any(name => name.Name == "SharpFuzz.Common");

    private static byte[] CreateBuckets()
    {
        var buckets = new byte[256];
        for (var hits = 1; hits < 256; hits++)
        {
            buckets[hits] = hits switch
            {
                1 => 1,
                2 => 2,
                3 => 4,
                <= 7 => 8,
                <= 15 => 16,
                <= 31 => 32,
                <= 127 => 64,
                _ => 128,
            };
        }

        return buckets;
    }
}
