using System.Text;

namespace Training.Fuzzing.Targets;

/// <summary>
/// Checks the harness itself, not the engine: an input starting with <c>boom</c> throws, <c>hang</c> never
/// returns and <c>alloc</c> allocates 300 MB, so tests can prove that crashes, hangs and memory are caught.
/// </summary>
internal sealed class SelfTestTarget : IFuzzTarget
{
    public string Name => "selftest";

    public int MaxInputLength => 64;

    public IReadOnlyList<byte[]> Dictionary { get; } = [];

    public IReadOnlyList<SeedInput> LoadSeeds(SeedSources seeds) =>
        [new SeedInput("built in", "hello"u8.ToArray()), .. seeds.Extra(MaxInputLength)];

    public void Execute(byte[] input)
    {
        var text = Encoding.ASCII.GetString(input);
        if (text.StartsWith("boom", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The self-test target crashes on 'boom'.");
        }

        if (text.StartsWith("hang", StringComparison.Ordinal))
        {
            while (true)
            {
                Thread.Sleep(10);
            }
        }

        if (text.StartsWith("alloc", StringComparison.Ordinal))
        {
            for (var block = 0; block < 300; block++)
            {
                GC.KeepAlive(new byte[1024 * 1024]);
            }
        }
    }

    public byte[]? MutateStructure(byte[] input, Mutator mutator) => null;
}
