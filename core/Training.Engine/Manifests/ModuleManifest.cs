using Training.Engine.Diagnostics;
using Training.Engine.Versioning;
using Training.Sdk.Content;

namespace Training.Engine.Manifests;

/// <summary>
/// A module's <c>module.yaml</c>, read and validated. Entries keep their place in the file so that
/// later stages (dependency graph, content loading) can point their diagnostics at the right line.
/// </summary>
public sealed record ModuleManifest
{
    /// <summary>The module id, <c>region.slug</c> (e.g. <c>bretagne.e-reputation</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The module version.</summary>
    public required SemanticVersion Version { get; init; }

    /// <summary>The SDK versions the module works with.</summary>
    public required VersionRange Sdk { get; init; }

    /// <summary>The module title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The description, or <see cref="LocalizedText.Empty"/>.</summary>
    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    /// <summary>The authors, as written.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The code plugin's assembly, relative to the module folder with forward slashes; <see langword="null"/> for a content pack.</summary>
    public string? Assembly { get; init; }

    /// <summary>The modules that must be installed and loaded first.</summary>
    public IReadOnlyList<ModuleRequirement> Requires { get; init; } = [];

    /// <summary>The modules a trainee must complete first; each is also in <see cref="Requires"/>.</summary>
    public IReadOnlyList<ModulePrerequisite> Prerequisites { get; init; } = [];

    /// <summary>The lessons, in the order the author listed them.</summary>
    public IReadOnlyList<ManifestLesson> Lessons { get; init; } = [];

    /// <summary>The quizzes, in the order the author listed them.</summary>
    public IReadOnlyList<ManifestQuiz> Quizzes { get; init; } = [];

    /// <summary>The certification tracks the module defines.</summary>
    public IReadOnlyList<ManifestTrack> Tracks { get; init; } = [];

    /// <summary>What completes the module for a trainee.</summary>
    public CompletionRule Completion { get; init; } = CompletionRule.All;

    /// <summary>True when this version declares a breaking change from the previous one.</summary>
    public bool Breaking { get; init; }

    /// <summary>What changed in this version, as the author wrote it.</summary>
    public string? Changes { get; init; }

    /// <summary>The path of <c>module.yaml</c> as given to the reader (diagnostics print it).</summary>
    public required string ManifestPath { get; init; }

    /// <summary>The module folder's full path, or <see langword="null"/> when the manifest was parsed from text alone.</summary>
    public string? ModuleDirectory { get; init; }

    /// <summary>Where each root field's value is, by field name (<c>id</c>, <c>sdk</c>...).</summary>
    public IReadOnlyDictionary<string, SourceLocation> FieldLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>True for a code plugin (the manifest names an assembly).</summary>
    public bool IsCodePlugin => Assembly is not null;

    /// <summary>Where a root field's value is, or the start of the file when the field is absent.</summary>
    /// <param name="field">A root field name such as <c>sdk</c>.</param>
    /// <returns>The location.</returns>
    public SourceLocation LocationOf(string field) =>
        FieldLocations.TryGetValue(field, out var location) ? location : new SourceLocation(ManifestPath, 1, 1);

    /// <summary>The full path of a file named relative to the module folder (a lesson, quiz or assembly).</summary>
    /// <param name="relativePath">A path from this manifest, e.g. <see cref="ManifestLesson.File"/>.</param>
    /// <returns>The full path.</returns>
    /// <exception cref="InvalidOperationException">The manifest was parsed from text, without a folder.</exception>
    public string ResolvePath(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var directory = ModuleDirectory ?? throw new InvalidOperationException("This manifest was parsed without a module folder.");
        return Path.GetFullPath(Path.Combine(directory, relativePath));
    }

    /// <summary>The tracks as SDK tracks.</summary>
    /// <returns>One SDK track per entry.</returns>
    public IReadOnlyList<Track> ToTracks() => [.. Tracks.Select(track => track.ToTrack())];
}
