namespace Training.Fuzzing.Targets;

/// <summary>A starting input and where it came from (printed when a seed crashes).</summary>
/// <param name="Origin">A path or a short description.</param>
/// <param name="Bytes">The input.</param>
internal sealed record SeedInput(string Origin, byte[] Bytes);
