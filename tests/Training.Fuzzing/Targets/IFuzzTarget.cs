namespace Training.Fuzzing.Targets;

/// <summary>
/// One thing to fuzz. <see cref="Execute"/> must return normally for every input: any exception it lets
/// out is a crash, whether thrown by the engine or by the target's own invariant checks.
/// </summary>
internal interface IFuzzTarget
{
    /// <summary>The name used on the command line (<c>gift</c>, <c>manifest</c>, <c>package</c>).</summary>
    string Name { get; }

    /// <summary>Mutants longer than this are cut: the engine's own limits make longer inputs uninteresting.</summary>
    int MaxInputLength { get; }

    /// <summary>Tokens of the input's syntax that the mutator inserts whole.</summary>
    IReadOnlyList<byte[]> Dictionary { get; }

    /// <summary>The starting corpus.</summary>
    /// <param name="seeds">Where seed files are found.</param>
    /// <returns>The inputs, each with where it came from.</returns>
    IReadOnlyList<SeedInput> LoadSeeds(SeedSources seeds);

    /// <summary>Runs one input through the engine.</summary>
    /// <param name="input">The input's bytes.</param>
    void Execute(byte[] input);

    /// <summary>A mutation that understands the input's structure, or null to use byte mutations only.</summary>
    /// <param name="input">The parent input.</param>
    /// <param name="mutator">The byte mutator, for the parts the structure mutation changes.</param>
    /// <returns>The mutant, or null when the structure mutation does not apply to this input.</returns>
    byte[]? MutateStructure(byte[] input, Mutator mutator);
}
