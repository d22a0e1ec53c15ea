using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Training.Sdk;

namespace Training.Engine.Authoring;

/// <summary>
/// Writes a new module that validates as is: a manifest, one lesson in French and English and one
/// GIFT quiz in both languages; with <c>code</c>, a plugin project that builds against the
/// Training.Sdk package.
/// </summary>
public static partial class ModuleScaffolder
{
    /// <summary>Tells whether <paramref name="id"/> is a valid module id (<c>region.slug</c>).</summary>
    /// <param name="id">The candidate id.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValidModuleId(string id) => ModuleIdPattern().IsMatch(id);

    /// <summary>The .NET project and assembly name for a module id: <c>bretagne.e-reputation</c> gives <c>Bretagne.EReputation</c>.</summary>
    /// <param name="id">A valid module id.</param>
    /// <returns>The project name.</returns>
    public static string ProjectName(string id) =>
        string.Join('.', id.Split('.').Select(segment =>
            string.Concat(segment.Split('-', StringSplitOptions.RemoveEmptyEntries)
                .Select(part => char.ToUpperInvariant(part[0]) + part[1..]))));

    /// <summary>Writes the module into <paramref name="directory"/>, which must not exist or be empty.</summary>
    /// <param name="id">The module id.</param>
    /// <param name="directory">The folder to create.</param>
    /// <param name="code">True for a code plugin project, false for a content pack.</param>
    /// <returns>The files written, relative to <paramref name="directory"/>.</returns>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    /// <exception cref="IOException">The folder exists and is not empty.</exception>
    public static IReadOnlyList<string> Create(string id, string directory, bool code)
    {
        if (!IsValidModuleId(id))
        {
            throw new ArgumentException($"'{id}' is not a valid module id. Use 'region.name' in lowercase letters, digits, '.' and '-', e.g. 'bretagne.e-reputation'.", nameof(id));
        }

        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new IOException($"'{directory}' already exists and is not empty. Choose another folder with -o.");
        }

        var project = ProjectName(id);
        var contentRoot = code ? "content/" : string.Empty;
        var files = new List<(string Path, string Text)>
        {
            ("module.yaml", Manifest(id, code ? project + ".dll" : null, contentRoot)),
            (contentRoot + "lessons/introduction.md", LessonFr),
            (contentRoot + "lessons/introduction.en.md", LessonEn),
            (contentRoot + "quizzes/final.gift", QuizFr),
            (contentRoot + "quizzes/final.en.gift", QuizEn),
        };

        if (code)
        {
            files.Add((project + ".csproj", ProjectFile(project)));
            files.Add((project.Split('.')[^1] + "Module.cs", ModuleClass(project)));
        }

        foreach (var (relative, text) in files)
        {
            var full = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        return files.Select(f => f.Path).ToList();
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$")]
    private static partial Regex ModuleIdPattern();

    private static string Manifest(string id, string? assembly, string contentRoot) =>
        string.Create(CultureInfo.InvariantCulture, $$"""
        # The module manifest: docs/manifest.md lists every field.
        id: {{id}}
        version: 0.1.0
        sdk: ^{{TrainingSdk.Version.Split('.')[0]}}.0
        title: { fr: Mon premier module, en: My first module }
        description:
          fr: Un module d'exemple à compléter.
          en: A sample module to complete.
        authors: [Votre région]
        {{(assembly is null ? string.Empty : $"assembly: {assembly}\n")}}lessons:
          - { id: introduction, file: {{contentRoot}}lessons/introduction.md }
        quizzes:
          - { id: final, file: {{contentRoot}}quizzes/final.gift, passMark: 80%, attempts: 3, grading: highest }

        """);

    private const string LessonFr = """
        ---
        title: Introduction
        duration: 10m
        ---
        Bienvenue dans ce module. Remplacez ce texte par votre leçon, écrite en Markdown.

        ## Ce que vous allez apprendre

        - un premier point ;
        - un deuxième point.

        La variante anglaise de cette leçon se trouve dans `introduction.en.md`.

        """;

    private const string LessonEn = """
        ---
        title: Introduction
        duration: 10m
        ---
        Welcome to this module. Replace this text with your lesson, written in Markdown.

        ## What you will learn

        - a first point;
        - a second point.

        The French variant of this lesson is `introduction.md`.

        """;

    private const string QuizFr = """
        // Quiz au format GIFT (docs/gift.md). Chaque question a un id stable.

        // [id:markdown]
        ::Format des leçons::Les leçons sont écrites en Markdown.{TRUE#Si, les leçons sont en Markdown.#Exact.}

        // [id:quiz-format]
        ::Format des quiz::Dans quel format les quiz sont-ils écrits ?{
        =GIFT#Oui, le format texte de Moodle.
        ~HTML#Non, le HTML sert à l'affichage.
        ~PDF#Non, un PDF ne se corrige pas automatiquement.
        }

        """;

    private const string QuizEn = """
        // A GIFT quiz (docs/gift.md). Every question has a stable id.

        // [id:markdown]
        ::Lesson format::Lessons are written in Markdown.{TRUE#They are, in Markdown.#Right.}

        // [id:quiz-format]
        ::Quiz format::Which format are quizzes written in?{
        =GIFT#Yes, Moodle's text format.
        ~HTML#No, HTML is for display.
        ~PDF#No, a PDF cannot be graded automatically.
        }

        """;

    private static string ProjectFile(string project) => $$"""
        <Project Sdk="Microsoft.NET.Sdk">
          <!-- A Training code plugin. 'dotnet build' lays the whole module out in bin/<Configuration>/net10.0/:
               validate it with 'training modules validate bin/Debug/net10.0', pack it with 'training modules pack'. -->
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <AssemblyName>{{project}}</AssemblyName>
            <RootNamespace>{{project}}</RootNamespace>
            <EnableDynamicLoading>true</EnableDynamicLoading>
          </PropertyGroup>
          <ItemGroup>
            <!-- The host provides the SDK at run time: compile against it, never ship a copy. -->
            <PackageReference Include="Training.Sdk" Version="{{TrainingSdk.Version}}" ExcludeAssets="runtime" />
          </ItemGroup>
          <ItemGroup>
            <None Include="module.yaml" CopyToOutputDirectory="PreserveNewest" />
            <None Include="content/**/*" CopyToOutputDirectory="PreserveNewest" />
          </ItemGroup>
        </Project>

        """;

    private static string ModuleClass(string project) => $$"""
        using Microsoft.Extensions.DependencyInjection;
        using Training.Sdk.Modules;

        namespace {{project}};

        /// <summary>The module's entry point, created once by the host.</summary>
        public sealed class {{project.Split('.')[^1]}}Module : ITrainingModule
        {
            /// <summary>Registers the services this module's code needs, in its own container.</summary>
            public void ConfigureServices(IServiceCollection services)
            {
            }

            /// <summary>
            /// Adds content or question types beyond module.yaml, e.g. module.AddQuestionType(new MyType()):
            /// see docs/modules.md, "Question types".
            /// </summary>
            public void Configure(IModuleBuilder module, IServiceProvider services)
            {
            }
        }

        """;
}
