using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Training.Benchmarks.Fixtures;

/// <summary>
/// Writes content packs (module.yaml, bilingual Markdown lessons, bilingual GIFT quizzes) and code
/// plugins (the same, plus a distinct assembly compiled at setup that contributes a question type
/// and a lesson) into a folder, as a region would install them.
/// </summary>
internal static class ModuleGenerator
{
    public const int LessonsPerModule = 4;

    public static GeneratedModuleSet Generate(string directory, int contentPacks, int codePlugins, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        Directory.CreateDirectory(directory);
        var packs = new List<string>();
        for (var i = 1; i <= contentPacks; i++)
        {
            var id = $"bench.pack-{i:00}";
            WriteModule(Path.Combine(directory, id), id, i, assembly: null, pluginTypeId: null);
            packs.Add(id);
        }

        var plugins = new List<string>();
        var assemblies = new List<string>();
        var compiler = new PluginCompiler();
        for (var i = 1; i <= codePlugins; i++)
        {
            var id = $"bench.plugin-{i:00}";
            var assemblyName = $"Bench.Plugin{i:00}";
            var folder = Path.Combine(directory, id);
            WriteModule(folder, id, 100 + i, assemblyName + ".dll", id + ".yes-no");
            var path = Path.Combine(folder, assemblyName + ".dll");
            compiler.Compile(assemblyName, PluginSource.For(assemblyName, id), path);
            plugins.Add(id);
            assemblies.Add(path);
        }

        log.WriteLine($"  generated {contentPacks} content packs and {codePlugins} code plugins in {watch.Elapsed.TotalSeconds:F1} s");
        return new GeneratedModuleSet(directory, packs, plugins, assemblies);
    }

    private static void WriteModule(string folder, string id, int seed, string? assembly, string? pluginTypeId)
    {
        Directory.CreateDirectory(Path.Combine(folder, "lessons"));
        Directory.CreateDirectory(Path.Combine(folder, "quizzes"));
        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"id: {id}\nversion: 1.{seed % 7}.0\nsdk: ^1.0\n");
        yaml.Append(CultureInfo.InvariantCulture, $"title: {{ fr: Module de test n° {seed}, en: Benchmark module {seed} }}\n");
        yaml.Append("description:\n  fr: Un module généré pour mesurer le chargement du catalogue.\n  en: A generated module to measure catalog loading.\n");
        yaml.Append("authors: [Training benchmarks]\n");
        if (assembly is not null)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"assembly: {assembly}\n");
        }

        yaml.Append("lessons:\n");
        for (var lesson = 1; lesson <= LessonsPerModule; lesson++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: lesson-{lesson}, file: lessons/lesson-{lesson}.md }}\n");
            File.WriteAllText(Path.Combine(folder, "lessons", $"lesson-{lesson}.md"), GiftSamples.Lesson(seed, lesson, english: false));
            File.WriteAllText(Path.Combine(folder, "lessons", $"lesson-{lesson}.en.md"), GiftSamples.Lesson(seed, lesson, english: true));
        }

        yaml.Append("quizzes:\n  - { id: final, file: quizzes/final.gift, passMark: 80%, attempts: 3, grading: highest, shuffle: true, timeLimit: 20m }\n");
        File.WriteAllText(Path.Combine(folder, "quizzes", "final.gift"), GiftSamples.Quiz(seed, english: false, pluginTypeId));
        File.WriteAllText(Path.Combine(folder, "quizzes", "final.en.gift"), GiftSamples.Quiz(seed, english: true, pluginTypeId));
        yaml.Append(CultureInfo.InvariantCulture, $"tracks:\n  - {{ id: {id}.track, title: {{ fr: Parcours {seed}, en: Track {seed} }}, modules: [{id}], validity: P24M }}\n");
        File.WriteAllText(Path.Combine(folder, "module.yaml"), yaml.ToString());
    }
}
