namespace Training.Engine.Diagnostics;

/// <summary>A place in a file, 1-based, as editors and compilers print it.</summary>
/// <param name="File">The file's path as the user gave it (or relative to the module folder).</param>
/// <param name="Line">The 1-based line, or 0 when the whole file is meant.</param>
/// <param name="Column">The 1-based column, or 0 when the whole line is meant.</param>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0)
{
    /// <inheritdoc />
    public override string ToString() => Line <= 0 ? File : $"{File}:{Line}:{Math.Max(Column, 1)}";
}
