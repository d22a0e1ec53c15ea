using Training.Sdk.Modules;

namespace Training.Conventions.Tests;

/// <summary>The SDK stays small: it depends on the DI abstractions only, and every public type is documented.</summary>
public sealed class SdkBoundaryTests
{
    [Test]
    public void Sdk_depends_only_on_the_di_abstractions()
    {
        var references = typeof(ITrainingModule).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal))
            .ToList();

        Assert.That(references, Is.EquivalentTo(new[] { "Microsoft.Extensions.DependencyInjection.Abstractions" }));
    }

    [Test]
    public void Engine_public_classes_are_sealed_static_or_abstract()
    {
        var engine = typeof(Training.Engine.Modules.ModuleCatalog).Assembly;
        var open = engine.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();

        Assert.That(open, Is.Empty, "public engine classes are sealed unless designed for inheritance");
    }

    [Test]
    public void Sdk_version_constant_matches_the_assembly_version()
    {
        var version = typeof(ITrainingModule).Assembly.GetName().Version!;

        Assert.That(version.ToString(3), Is.EqualTo(Training.Sdk.TrainingSdk.Version));
    }
}
