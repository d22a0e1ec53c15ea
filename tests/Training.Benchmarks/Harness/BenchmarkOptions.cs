namespace Training.Benchmarks.Harness;

/// <summary>The command line: <c>[--output FILE] [--quick | --tiny] [--only NAME[,NAME...]] [--list] [--generate DIR]</c>.</summary>
internal sealed record BenchmarkOptions(BenchmarkScale Scale, string? Output, IReadOnlyList<string> Only)
{
    /// <summary>With <c>--generate DIR</c>: write the generated modules there and stop (to profile the host by hand).</summary>
    public string? GenerateInto { get; init; }

    /// <summary>With <c>--keep</c>: leave the work folder (databases, generated modules) for a closer look.</summary>
    public bool Keep { get; init; }

    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Training.Benchmarks -- [options]
          --output FILE   write the report (Markdown) to FILE, e.g. BENCHMARKS.md; without it, print it
          --quick         a tenth of the sizes and fewer runs (a quick look; not for BENCHMARKS.md)
          --tiny          a few items, one run: checks the benchmarks work (the numbers mean nothing)
          --only NAMES    run only these benchmarks (comma-separated names; --list shows them)
          --list          list the benchmarks and exit
          --keep          keep the work folder (databases, generated modules) and print where it is
          --generate DIR  write the 50 content packs and 20 code plugins to DIR and exit, to profile
                          the host by hand: training modules list --modules DIR
        """;

    public static BenchmarkOptions? Parse(IReadOnlyList<string> args, TextWriter error, out bool list)
    {
        var scale = BenchmarkScale.Full;
        string? output = null;
        var only = new List<string>();
        string? generate = null;
        var keep = false;
        list = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--output" when i + 1 < args.Count:
                    output = args[++i];
                    break;
                case "--quick":
                    scale = BenchmarkScale.Quick;
                    break;
                case "--tiny":
                    scale = BenchmarkScale.Tiny;
                    break;
                case "--only" when i + 1 < args.Count:
                    only.AddRange(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "--generate" when i + 1 < args.Count:
                    generate = args[++i];
                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--list":
                    list = true;
                    break;
                default:
                    error.WriteLine($"error: unknown or incomplete option '{args[i]}'.");
                    error.WriteLine(Usage);
                    return null;
            }
        }

        return new BenchmarkOptions(scale, output, only) { GenerateInto = generate, Keep = keep };
    }
}
