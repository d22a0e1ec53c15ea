using Training.Engine.Diagnostics;
using Training.Engine.Manifests;
using Training.Engine.Modules.Content;
using Training.Engine.Modules.Dependencies;
using Training.Engine.Modules.Discovery;
using Training.Engine.Modules.Loading;
using Training.Engine.Quizzes;
using Training.Engine.Versioning;
using Training.Sdk.Content;
using Training.Sdk.Questions;

namespace Training.Engine.Modules;

/// <summary>
/// Discovers, validates and loads modules. Stages: manifest (before any code runs) → SDK range →
/// duplicate ids → dependency graph → code plugins (in dependency order) → content (lessons,
/// GIFT quizzes with the question types of the module and its requirements) → tracks.
/// Every failure is a diagnostic on the module concerned and on the modules that require it;
/// nothing a module contains can crash the host.
/// </summary>
public sealed class ModuleCatalogLoader
{
    private readonly IModuleLoader _loader;

    /// <summary>Creates a loader that loads code plugins with McMaster.NETCore.Plugins.</summary>
    public ModuleCatalogLoader()
        : this(new McMasterModuleLoader())
    {
    }

    internal ModuleCatalogLoader(IModuleLoader loader) => _loader = loader;

    /// <summary>Loads every module found in the search locations.</summary>
    /// <param name="options">Where to look.</param>
    /// <returns>The catalog; dispose it to unload the plugins.</returns>
    public ModuleCatalog Load(ModuleSearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var discovered = ModuleDiscovery.Discover(options);
        var states = discovered.Select(ReadManifest).ToList();
        var candidates = ResolveDuplicates(states);
        var modules = candidates.Select(s => s.Module).ToList();

        // Requirements are computed once: the resolver asks for them many times while ordering.
        var stateOf = states.ToDictionary(s => s.Module);
        var requirementsOf = states.ToDictionary(s => s.Module, s => Requirements(s.Manifest));
        IReadOnlyList<(ModuleDependency Dependency, SourceLocation? Location)> RequirementsOf(LoadedModule m) => requirementsOf[m];
        var order = DependencyResolver.Order(modules, RequirementsOf, VersionSatisfies);

        var plugins = new List<ActivatedPlugin>();
        var typesByModule = new Dictionary<string, IReadOnlyList<IQuestionType>>(StringComparer.Ordinal);
        var globalTypes = new QuestionTypeRegistry();
        var done = 0;
        foreach (var module in order)
        {
            options.Progress?.Report(new ModuleLoadProgress(done++, order.Count, module.Id));
            var state = stateOf[module];
            var failedRequirement = module.Requires.FirstOrDefault(r => FindModule(modules, r.Id) is { Status: ModuleStatus.Failed });
            if (failedRequirement is not null)
            {
                module.Fail(DependencyResolver.DependencyFailedDiagnostic(module, failedRequirement.Id, RequirementsOf));
                continue;
            }

            var plugin = module.Kind == ModuleKind.Code ? ActivatePlugin(module, state, options.UnloadablePlugins) : null;
            if (module.Status == ModuleStatus.Failed)
            {
                plugin?.Dispose();
                continue;
            }

            var ownTypes = RegisterQuestionTypes(module, plugin, globalTypes);
            typesByModule[module.Id] = ownTypes;
            LoadContent(module, state, plugin, VisibleTypes(module, modules, typesByModule));
            if (module.Status == ModuleStatus.Failed)
            {
                plugin?.Dispose();
                typesByModule.Remove(module.Id);
                continue;
            }

            if (plugin is not null)
            {
                plugins.Add(plugin);
            }
        }

        options.Progress?.Report(new ModuleLoadProgress(order.Count, order.Count, string.Empty));

        var finalTypes = new QuestionTypeRegistry();
        foreach (var module in order.Where(m => m.Status == ModuleStatus.Loaded))
        {
            foreach (var type in typesByModule.GetValueOrDefault(module.Id) ?? [])
            {
                finalTypes.Register(type);
            }
        }

        var tracks = CollectTracks(modules);
        var all = states.Select(s => s.Module).OrderBy(m => m.Id, StringComparer.Ordinal).ThenBy(m => m.Directory, StringComparer.Ordinal).ToList();
        return new ModuleCatalog(all, tracks, finalTypes, plugins);
    }

    private static LoadedModule? FindModule(List<LoadedModule> modules, string id) => modules.Find(m => m.Id == id);

    private static ModuleState ReadManifest(DiscoveredModule found)
    {
        var result = ManifestReader.Read(found.ManifestPath);
        var manifest = result.Manifest;
        var module = new LoadedModule
        {
            Id = manifest?.Id ?? Path.GetFileName(found.Directory),
            Version = manifest?.Version.ToString() ?? string.Empty,
            Kind = manifest?.Assembly is null ? ModuleKind.Content : ModuleKind.Code,
            Title = manifest?.Title ?? LocalizedText.Empty,
            Description = manifest?.Description ?? LocalizedText.Empty,
            Authors = manifest?.Authors ?? [],
            SdkRange = manifest?.Sdk.Text ?? string.Empty,
            Assembly = manifest?.Assembly,
            Directory = found.Directory,
            ManifestPath = found.ManifestPath,
            Requires = manifest?.Requires.Select(r => new ModuleDependency(r.ModuleId, r.Versions.Text)).ToList() ?? [],
            Prerequisites = manifest?.Prerequisites.Select(p => p.ModuleId).ToList() ?? [],
        };
        module.Report(result.Diagnostics);
        if (manifest is not null && SdkCompatibility.Check(manifest) is { } sdkProblem)
        {
            module.Fail(sdkProblem);
        }

        return new ModuleState(found, module, manifest);
    }

    private static List<ModuleState> ResolveDuplicates(List<ModuleState> states)
    {
        var kept = new List<ModuleState>();
        foreach (var group in states.Where(s => s.Manifest is not null).GroupBy(s => s.Module.Id, StringComparer.Ordinal))
        {
            // The highest-precedence source wins (--modules over installed over shipped);
            // two copies in the same source are an error on the later one.
            var ordered = group.OrderByDescending(s => s.Found.Precedence).ThenBy(s => s.Found.Directory, StringComparer.Ordinal).ToList();
            var winner = ordered[0];
            kept.Add(winner);
            foreach (var other in ordered.Skip(1))
            {
                if (other.Found.Precedence == winner.Found.Precedence)
                {
                    other.Module.Fail(Diagnostic.Error(
                        DiagnosticCodes.DuplicateModuleId,
                        $"Module id '{other.Module.Id}' is also declared by '{winner.Found.ManifestPath}'.",
                        other.Manifest!.LocationOf("id"),
                        "Give each module a unique id, or remove the extra copy."));
                }
                else
                {
                    other.Shadowed = true;
                }
            }
        }

        kept.AddRange(states.Where(s => s.Manifest is null));
        states.RemoveAll(s => s.Shadowed);
        return kept.Where(s => !s.Shadowed).ToList();
    }

    private static IReadOnlyList<(ModuleDependency Dependency, SourceLocation? Location)> Requirements(ModuleManifest? manifest)
    {
        return manifest is null
            ? []
            : manifest.Requires.Select(r => (new ModuleDependency(r.ModuleId, r.Versions.Text), (SourceLocation?)r.Location)).ToList();
    }

    private static bool VersionSatisfies(string version, string range) =>
        SemanticVersion.TryParse(version, out var parsed) && VersionRange.TryParse(range, out var parsedRange) && parsedRange.Contains(parsed);

    private ActivatedPlugin? ActivatePlugin(LoadedModule module, ModuleState state, bool unloadable)
    {
        var manifest = state.Manifest!;
        var path = Path.GetFullPath(Path.Combine(module.Directory, manifest.Assembly!));
        return new PluginActivator(_loader).Activate(module, path, manifest.LocationOf("assembly"), unloadable);
    }

    private static List<IQuestionType> RegisterQuestionTypes(LoadedModule module, ActivatedPlugin? plugin, QuestionTypeRegistry global)
    {
        var own = new List<IQuestionType>();
        foreach (var type in plugin?.Contributions.QuestionTypes ?? [])
        {
            try
            {
                global.Register(type);
                own.Add(type);
            }
            catch (QuestionTypeRegistrationException ex)
            {
                module.Fail(Diagnostic.Error(
                    DiagnosticCodes.DuplicateQuestionType,
                    $"Question type '{type.Id}' cannot be registered: {ex.Message}",
                    new SourceLocation(module.ManifestPath),
                    "Prefix the type id with the module's region (e.g. 'bretagne.ranking') so it is unique."));
            }
        }

        module.QuestionTypes = own.Select(t => t.Id).ToList();
        return own;
    }

    private static QuestionTypeRegistry VisibleTypes(LoadedModule module, List<LoadedModule> modules, Dictionary<string, IReadOnlyList<IQuestionType>> typesByModule)
    {
        // A module sees the built-in types, its own, and those of the modules it requires
        // (transitively), so whether a quiz parses never depends on unrelated modules.
        var registry = new QuestionTypeRegistry();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([module.Id]);
        while (pending.TryPop(out var id))
        {
            if (!seen.Add(id))
            {
                continue;
            }

            foreach (var type in typesByModule.GetValueOrDefault(id) ?? [])
            {
                registry.Register(type);
            }

            foreach (var requirement in FindModule(modules, id)?.Requires ?? [])
            {
                pending.Push(requirement.Id);
            }
        }

        return registry;
    }

    private static void LoadContent(LoadedModule module, ModuleState state, ActivatedPlugin? plugin, QuestionTypeRegistry types)
    {
        var manifest = state.Manifest!;
        var diagnostics = new DiagnosticBag();
        var lessons = new List<Lesson>();
        foreach (var entry in manifest.Lessons)
        {
            if (LessonFileReader.Read(module.Directory, entry.Id, entry.File, entry.Location, diagnostics) is { } lesson)
            {
                lessons.Add(lesson);
            }
        }

        var quizzes = new List<Quiz>();
        foreach (var entry in manifest.Quizzes)
        {
            if (QuizFileReader.Read(module.Directory, entry, types, diagnostics) is { } quiz)
            {
                quizzes.Add(quiz);
            }
        }

        var tracks = manifest.ToTracks().ToList();
        if (plugin is not null)
        {
            Merge(module, lessons, plugin.Contributions.Lessons, l => l.Id, "lesson", diagnostics);
            Merge(module, quizzes, plugin.Contributions.Quizzes, q => q.Id, "quiz", diagnostics);
            Merge(module, tracks, plugin.Contributions.Tracks, t => t.Id, "track", diagnostics);
        }

        module.Report(diagnostics.Items);
        module.Lessons = lessons;
        module.Quizzes = quizzes;
        module.Tracks = tracks;
    }

    private static void Merge<T>(LoadedModule module, List<T> target, IEnumerable<T> added, Func<T, string> id, string kind, DiagnosticBag diagnostics)
    {
        foreach (var item in added)
        {
            if (target.Exists(existing => id(existing) == id(item)))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.InvalidContributedContent,
                    $"The plugin adds a {kind} '{id(item)}' that module.yaml already declares.",
                    new SourceLocation(module.ManifestPath),
                    $"Declare the {kind} either in module.yaml or in code, not both."));
                continue;
            }

            target.Add(item);
        }
    }

    private static List<CatalogTrack> CollectTracks(List<LoadedModule> modules)
    {
        var loaded = modules.Where(m => m.Status == ModuleStatus.Loaded).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var result = new List<CatalogTrack>();
        foreach (var module in loaded)
        {
            foreach (var track in module.Tracks)
            {
                var first = result.Find(t => t.Track.Id == track.Id);
                if (first is not null)
                {
                    module.DiagnosticList.Add(Diagnostic.Warning(
                        DiagnosticCodes.DuplicateTrackId,
                        $"Track '{track.Id}' is already defined by module '{first.DefinedBy}'; this definition is ignored.",
                        new SourceLocation(module.ManifestPath),
                        "Give the track another id."));
                    continue;
                }

                var problems = track.Modules
                    .Where(id => FindModule(modules, id) is not { Status: ModuleStatus.Loaded })
                    .Select(id => FindModule(modules, id) is null ? $"module '{id}' is not installed" : $"module '{id}' failed to load")
                    .ToList();
                foreach (var problem in problems)
                {
                    module.DiagnosticList.Add(Diagnostic.Warning(
                        DiagnosticCodes.TrackModuleUnavailable,
                        $"Track '{track.Id}' cannot be followed: {problem}.",
                        new SourceLocation(module.ManifestPath),
                        "Install the missing module, or add it to 'requires' so the dependency is checked at load time."));
                }

                result.Add(new CatalogTrack(track, module.Id, problems));
            }
        }

        return result.OrderBy(t => t.Track.Id, StringComparer.Ordinal).ToList();
    }

    private sealed class ModuleState(DiscoveredModule found, LoadedModule module, ModuleManifest? manifest)
    {
        public DiscoveredModule Found { get; } = found;

        public LoadedModule Module { get; } = module;

        public ModuleManifest? Manifest { get; } = manifest;

        public bool Shadowed { get; set; }
    }
}
