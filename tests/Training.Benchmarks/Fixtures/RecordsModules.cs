using System.Globalization;
using System.Text;
using Training.Engine.Modules;

namespace Training.Benchmarks.Fixtures;

/// <summary>
/// The modules the records benchmarks record against: a track of four content packs with 8 lessons
/// and 2 quizzes each (40 items), and a 20-question quiz for item analysis.
/// </summary>
internal static class RecordsModules
{
    public const string TrackId = "bench.rec.track";
    public const int Modules = 4;
    public const int LessonsPerModule = 8;
    public const int QuizzesPerModule = 2;
    public const string ItemsModule = "bench.items";
    public const string ItemsQuiz = "final";
    public const int ItemQuestions = 20;
    public const string Version = "1.0.0";

    public static int ItemsPerTrack => Modules * (LessonsPerModule + QuizzesPerModule);

    public static string ModuleId(int module) => $"bench.rec-{module}";

    public static string LessonId(int lesson) => $"l{lesson}";

    public static string QuizId(int quiz) => $"q{quiz}";

    /// <summary>Writes the modules into <paramref name="directory"/> and loads them (only them).</summary>
    public static ModuleCatalog Create(string directory)
    {
        for (var m = 1; m <= Modules; m++)
        {
            var id = ModuleId(m);
            var folder = Path.Combine(directory, id);
            Directory.CreateDirectory(folder);
            var yaml = new StringBuilder();
            yaml.Append(CultureInfo.InvariantCulture, $"id: {id}\nversion: {Version}\nsdk: ^1.0\ntitle: {{ fr: Module {m}, en: Module {m} }}\nlessons:\n");
            for (var l = 1; l <= LessonsPerModule; l++)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: {LessonId(l)}, file: {LessonId(l)}.md }}\n");
                File.WriteAllText(Path.Combine(folder, LessonId(l) + ".md"), $"# Leçon {l}\n\nTexte de la leçon {l}.\n");
                File.WriteAllText(Path.Combine(folder, LessonId(l) + ".en.md"), $"# Lesson {l}\n\nText of lesson {l}.\n");
            }

            yaml.Append("quizzes:\n");
            for (var q = 1; q <= QuizzesPerModule; q++)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: {QuizId(q)}, file: {QuizId(q)}.gift, passMark: 80%, attempts: 0, grading: highest }}\n");
                File.WriteAllText(Path.Combine(folder, QuizId(q) + ".gift"), Quiz(2, english: false));
                File.WriteAllText(Path.Combine(folder, QuizId(q) + ".en.gift"), Quiz(2, english: true));
            }

            if (m == 1)
            {
                var modules = string.Join(", ", Enumerable.Range(1, Modules).Select(ModuleId));
                yaml.Append(CultureInfo.InvariantCulture, $"tracks:\n  - {{ id: {TrackId}, title: {{ fr: Parcours, en: Track }}, modules: [{modules}], validity: P24M }}\n");
            }

            File.WriteAllText(Path.Combine(folder, "module.yaml"), yaml.ToString());
        }

        var items = Path.Combine(directory, ItemsModule);
        Directory.CreateDirectory(items);
        File.WriteAllText(Path.Combine(items, "module.yaml"), $"id: {ItemsModule}\nversion: {Version}\nsdk: ^1.0\ntitle: {{ fr: Analyse, en: Analysis }}\nquizzes:\n  - {{ id: {ItemsQuiz}, file: final.gift, passMark: 50%, attempts: 0 }}\n");
        File.WriteAllText(Path.Combine(items, "final.gift"), Quiz(ItemQuestions, english: false));
        File.WriteAllText(Path.Combine(items, "final.en.gift"), Quiz(ItemQuestions, english: true));

        var catalog = new ModuleCatalogLoader().Load(new ModuleSearchOptions { ExtraDirectories = [directory] });
        var failed = catalog.Modules.Where(m => m.Status != ModuleStatus.Loaded).ToList();
        if (failed.Count > 0)
        {
            catalog.Dispose();
            throw new InvalidOperationException("The records benchmark modules did not load: " + string.Join("; ", failed.SelectMany(m => m.Diagnostics)));
        }

        return catalog;
    }

    /// <summary>The ids of the item-analysis quiz's questions.</summary>
    public static string ItemQuestionId(int question) => $"i{question}";

    private static string Quiz(int questions, bool english)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= questions; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"// [id:{ItemQuestionId(i)}]\n");
            text.Append(i % 2 == 0
                ? (english ? $"::Q{i}::Statement {i} is true.{{TRUE}}\n\n" : $"::Q{i}::L'affirmation {i} est vraie.{{TRUE}}\n\n")
                : (english ? $"::Q{i}::Pick the right answer to {i}.{{=right ~wrong ~other}}\n\n" : $"::Q{i}::Choisissez la bonne réponse à {i}.{{=juste ~faux ~autre}}\n\n"));
        }

        return text.ToString();
    }
}
