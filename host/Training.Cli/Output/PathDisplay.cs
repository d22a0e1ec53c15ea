using Training.Engine.Diagnostics;

namespace Training.Cli.Output;

/// <summary>Shows file paths relative to the current folder when they are below it, as compilers do.</summary>
internal static class PathDisplay
{
    public static Diagnostic Relative(Diagnostic diagnostic)
    {
        if (diagnostic.Location is not { } location || !Path.IsPathRooted(location.File))
        {
            return diagnostic;
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, location.File);
        return relative.StartsWith("..", StringComparison.Ordinal)
            ? diagnostic
            : diagnostic with { Location = location with { File = relative } };
    }
}
