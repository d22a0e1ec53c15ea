using Training.Engine.Diagnostics;
using Training.Engine.Modules;

namespace Training.Engine.Tests.Modules;

/// <summary>
/// One broken module per failure kind, loaded together with good ones through the real loader:
/// each gets its precise diagnostic, and the good modules still load.
/// </summary>
public sealed class BrokenModuleTests
{
    private ModuleCatalog _catalog = null!;

    [OneTimeSetUp]
    public void LoadAll() => _catalog = ModuleFixtures.LoadEverything();

    [OneTimeTearDown]
    public void Unload() => _catalog.Dispose();

    // folder, expected code, file relative to the module folder, line, column (0 = not asserted)
    [TestCase("malformed-yaml", "TRN003", "module.yaml", 4, 28)]
    [TestCase("unknown-field", "TRN002", "module.yaml", 4, 1)]
    [TestCase("sdk-mismatch", "TRN013", "module.yaml", 3, 6)]
    [TestCase("duplicate-b", DiagnosticCodes.DuplicateModuleId, "module.yaml", 1, 5)]
    [TestCase("cycle-a", DiagnosticCodes.DependencyCycle, "module.yaml", 6, 5)]
    [TestCase("cycle-b", DiagnosticCodes.DependencyCycle, "module.yaml", 6, 5)]
    [TestCase("missing-dependency", DiagnosticCodes.MissingDependency, "module.yaml", 6, 5)]
    [TestCase("incompatible-dependency", DiagnosticCodes.IncompatibleDependency, "module.yaml", 6, 5)]
    [TestCase("missing-assembly", "TRN032", "module.yaml", 5, 11)]
    [TestCase("missing-lesson", "TRN030", "module.yaml", 6, 24)]
    [TestCase("requires-broken", DiagnosticCodes.DependencyFailed, "module.yaml", 6, 5)]
    [TestCase("bad-gift", "TRN040", "quizzes/final.gift", 5, 55)]
    [TestCase("unrequired-type", "TRN061", "quizzes/order.gift", 2, 0)]
    public void Content_module_failure_is_reported_at_its_location(string folder, string code, string file, int line, int column)
    {
        var module = ByFolder(Path.Combine(ModuleFixtures.Broken, folder));

        AssertFailedWith(module, code, Path.Combine(ModuleFixtures.Broken, folder, file), line, column);
    }

    [TestCase("broken.constructor-throws", DiagnosticCodes.PluginConstructorFailed, "the licence file is missing")]
    [TestCase("broken.configure-services-throws", DiagnosticCodes.PluginConfigureFailed, "cannot reach the booking API")]
    [TestCase("broken.newer-sdk", DiagnosticCodes.PluginNeedsNewerSdk, "Training.Sdk 2.0.0")]
    public void Code_plugin_failure_is_reported_at_the_assembly_field(string id, string code, string messagePart)
    {
        var folder = Path.Combine(ModuleFixtures.BrokenPlugins, id);
        var module = ByFolder(folder);

        AssertFailedWith(module, code, Path.Combine(folder, "module.yaml"), 5, 11);
        Assert.That(module.Diagnostics.Single(d => d.Code == code).Message, Does.Contain(messagePart));
    }

    [Test]
    public void Plugin_exceptions_keep_their_stack_trace_for_verbose_output()
    {
        var module = ByFolder(Path.Combine(ModuleFixtures.BrokenPlugins, "broken.configure-services-throws"));

        Assert.That(module.Diagnostics.Single(d => d.IsError).Detail, Does.Contain("ThrowingServicesModule.ConfigureServices"));
    }

    [Test]
    public void The_first_of_two_duplicates_still_loads()
    {
        Assert.That(ByFolder(Path.Combine(ModuleFixtures.Broken, "duplicate-a")).Status, Is.EqualTo(ModuleStatus.Loaded));
    }

    [Test]
    public void Good_modules_load_beside_the_broken_ones()
    {
        var basics = _catalog.FindLoaded("tests.basics");
        var ordering = _catalog.FindLoaded("samples.ordering");

        Assert.That(basics, Is.Not.Null);
        Assert.That(basics!.Lessons.Select(l => l.Id), Is.EqualTo(new[] { "welcome" }));
        Assert.That(basics.Quizzes.Single().Questions, Has.Count.EqualTo(2));
        Assert.That(ordering, Is.Not.Null);
        Assert.That(ordering!.Kind, Is.EqualTo(ModuleKind.Code));
        Assert.That(_catalog.QuestionTypes.Ids, Does.Contain("samples.ordering"));
        Assert.That(_catalog.FindTrack("tests.track")!.IsValid, Is.True);
    }

    [Test]
    public void Failed_modules_contribute_nothing()
    {
        Assert.That(_catalog.FindLoaded("broken.bad-gift"), Is.Null);
        Assert.That(_catalog.Modules.Where(m => m.Status == ModuleStatus.Failed).All(m => m.Diagnostics.Any(d => d.IsError)), Is.True);
    }

    private LoadedModule ByFolder(string folder) =>
        _catalog.Modules.SingleOrDefault(m => m.Directory == folder)
        ?? throw new AssertionException($"No module was discovered in {folder}. Discovered: {string.Join(", ", _catalog.Modules.Select(m => m.Directory))}");

    private static void AssertFailedWith(LoadedModule module, string code, string file, int line, int column)
    {
        Assert.That(module.Status, Is.EqualTo(ModuleStatus.Failed), string.Join("\n", module.Diagnostics));
        var diagnostic = module.Diagnostics.FirstOrDefault(d => d.Code == code);
        Assert.That(diagnostic, Is.Not.Null, $"expected {code}; got:\n{string.Join("\n", module.Diagnostics)}");
        Assert.That(diagnostic!.Location, Is.Not.Null);
        Assert.That(diagnostic.Location!.File, Is.EqualTo(file));
        Assert.That(diagnostic.Location.Line, Is.EqualTo(line));
        if (column > 0)
        {
            Assert.That(diagnostic.Location.Column, Is.EqualTo(column));
        }

        Assert.That(diagnostic.Hint, Is.Not.Null.And.Not.Empty, "every diagnostic says how to fix it");
    }
}
