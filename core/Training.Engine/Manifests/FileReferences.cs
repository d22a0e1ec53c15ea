using Training.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>Checks a <c>file</c> or <c>assembly</c> value: safe, then present in the module folder.</summary>
internal static class FileReferences
{
    /// <summary>The path with forward slashes, or null after a diagnostic when it is unsafe.</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="node">The value node.</param>
    /// <param name="field">The field name, for messages.</param>
    /// <param name="missingCode">The code to report when the file does not exist.</param>
    /// <param name="what">What the file is ("lesson file"), for messages.</param>
    public static string? Read(ManifestContext context, YamlNode node, string field, string missingCode, string what)
    {
        var path = YamlValues.Text(context, node, field);
        if (path is null)
        {
            return null;
        }

        var problem = ModulePaths.Problem(path);
        if (problem is not null)
        {
            context.Error(DiagnosticCodes.UnsafePath, $"The path '{path}' {problem}.", node, "Write a path relative to the module folder, with forward slashes, e.g. 'lessons/intro.md'.");
            return null;
        }

        if (context.ModuleDirectory is null)
        {
            return path;
        }

        string? full;
        try
        {
            full = ModulePaths.Resolve(context.ModuleDirectory, path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A link loop or an unreadable folder: the file cannot be used either way.
            full = null;
        }

        if (full is null)
        {
            context.Error(DiagnosticCodes.UnsafePath, $"The path '{path}' leads outside the module folder through a symbolic link.", node, "Copy the file into the module folder instead of linking to it.");
            return null;
        }

        if (!File.Exists(full))
        {
            context.Error(missingCode, $"The {what} '{path}' does not exist.", node, $"Create it, or fix the path (it is relative to the folder of {Path.GetFileName(context.File)}; names are case-sensitive).");
        }

        return path;
    }
}
