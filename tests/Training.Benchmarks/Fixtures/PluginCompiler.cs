using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Training.Benchmarks.Fixtures;

/// <summary>
/// Compiles a generated plugin with Roslyn into a distinct assembly, against the Training.Sdk.dll
/// and DI abstractions the host ships (those beside this program) and the running framework, as
/// <c>dotnet build</c> would for a plugin that references only the SDK.
/// </summary>
internal sealed class PluginCompiler
{
    private readonly List<MetadataReference> _references;

    public PluginCompiler()
    {
        var framework = RuntimeEnvironment.GetRuntimeDirectory();
        _references = Directory.EnumerateFiles(framework, "*.dll")
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        _references.Add(MetadataReference.CreateFromFile(typeof(Sdk.Modules.ITrainingModule).Assembly.Location));
        _references.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location));
    }

    public void Compile(string assemblyName, string source, string outputPath)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            _references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        using var output = File.Create(outputPath);
        var result = compilation.Emit(output);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
            throw new InvalidOperationException($"The generated plugin {assemblyName} does not compile: {string.Join("; ", errors)}");
        }
    }
}
